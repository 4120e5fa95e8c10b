#!/usr/bin/env python3
"""Derives analyzer/data/cmdlets.json, the compact table the parameter binder
uses, from the shared reference data (shared/cmdlet-parameters.json).

Usage: tools/gen-cmdtable.py SOURCE.json [OUT.json]
       (OUT defaults to analyzer/data/cmdlets.json next to this script)

Only what binding needs is kept; see docs/cmdlet-table.md for the format and
the rules applied here (source positions over documented ones, dropped
documentation errors). Standard library only; the output is deterministic.
"""

import hashlib
import json
import os
import sys

FORMAT = 1

# Parameters that PowerShell adds through a binder other than the cmdlet's own
# (ParameterBinderAssociation TransactionParameters / PagingParameters). Like
# common parameters, they lose prefix ties to the cmdlet's own parameters.
NOT_OWN_NAMES = {"usetransaction"}


def fail(msg):
    sys.stderr.write("gen-cmdtable: error: %s\n" % msg)
    sys.exit(1)


def warn(msg):
    sys.stderr.write("gen-cmdtable: note: %s\n" % msg)


def is_not_own(param):
    if param["name"].lower() in NOT_OWN_NAMES:
        return True
    return "SupportsPaging" in (param.get("note") or "")


def positions_for(cmd, param, set_index):
    """[[set index, position], ...] in set order. Where PowerShell's source
    disagrees with the page (positionsInSource), the source wins for every set
    the source knows; sets the source does not have keep the page's value."""
    documented = {p["parameterSet"]: p["position"] for p in param["positions"]}
    if "positionsInSource" in param:
        source = {p["parameterSet"]: p["position"] for p in param["positionsInSource"]}
        check = cmd.get("sourceCrossCheck") or {}
        unknown_to_source = set(check.get("parameterSetsInDocsNotInSource") or [])
        merged = {}
        for set_name in param["parameterSets"]:
            if set_name in source:
                merged[set_name] = source[set_name]
            elif set_name in unknown_to_source and set_name in documented:
                merged[set_name] = documented[set_name]
            # else: the source declares the parameter named in this set
        if merged != documented:
            warn("%s -%s: positions from source %s (page: %s)"
                 % (cmd["name"], param["name"], sorted(merged.items()), sorted(documented.items())))
        documented = merged
    out = []
    for set_name, pos in documented.items():
        if set_name not in set_index:
            fail("%s -%s: position in unknown set %r" % (cmd["name"], param["name"], set_name))
        if not isinstance(pos, int):
            fail("%s -%s: position %r is not an integer" % (cmd["name"], param["name"], pos))
        out.append([set_index[set_name], pos])
    out.sort()
    return out


def convert_cmdlet(cmd, common_names):
    sets = [s["name"] for s in cmd["parameterSets"]]
    if not sets:
        fail("%s has no parameter set" % cmd["name"])
    if len(sets) > 64:
        fail("%s has %d parameter sets; the C table holds at most 64" % (cmd["name"], len(sets)))
    if len({s.lower() for s in sets}) != len(sets):
        fail("%s: duplicate parameter set names" % cmd["name"])
    set_index = {name: i for i, name in enumerate(sets)}

    params = [p for p in cmd["parameters"] if not p.get("dubious")]
    for p in cmd["parameters"]:
        if p.get("dubious"):
            warn("%s -%s: dropped (dubious: documented but not in PowerShell's source)"
                 % (cmd["name"], p["name"]))

    names = {}
    for p in params:
        key = p["name"].lower()
        if key in names:
            fail("%s: parameter %s listed twice" % (cmd["name"], p["name"]))
        if key in common_names:
            fail("%s: parameter %s shadows a common parameter" % (cmd["name"], p["name"]))
        names[key] = p["name"]

    out_params = []
    claimed = {}
    for p in params:
        entry = {"n": p["name"]}
        aliases = []
        for a in p["aliases"]:
            key = a.lower()
            if key in names and names[key] != p["name"]:
                # Impossible metadata (PowerShell rejects a name claimed twice);
                # the parameter of that name keeps it.
                warn("%s -%s: alias %r dropped, it is the name of -%s"
                     % (cmd["name"], p["name"], a, names[key]))
                continue
            if key in claimed or key in common_names:
                fail("%s -%s: alias %r is also claimed by %s"
                     % (cmd["name"], p["name"], a, claimed.get(key, "a common parameter")))
            claimed[key] = p["name"]
            aliases.append(a)
        if aliases:
            entry["a"] = aliases
        entry["t"] = p["type"]
        if p["switch"]:
            entry["sw"] = 1
        if p.get("valueFromRemainingArguments"):
            entry["r"] = 1
        if is_not_own(p):
            entry["c"] = 1
        member = []
        for s in p["parameterSets"]:
            if s not in set_index:
                fail("%s -%s: unknown parameter set %r" % (cmd["name"], p["name"], s))
            member.append(set_index[s])
        member = sorted(set(member))
        if not member:
            fail("%s -%s: in no parameter set" % (cmd["name"], p["name"]))
        if member != list(range(len(sets))):
            entry["s"] = member
        pos = positions_for(cmd, p, set_index)
        for set_i, _ in pos:
            if set_i not in member:
                fail("%s -%s: positional in set %s it is not in" % (cmd["name"], p["name"], sets[set_i]))
        if pos:
            entry["p"] = pos
        out_params.append(entry)

    out = {"n": cmd["name"], "m": cmd["module"]}
    default = cmd.get("defaultParameterSet")
    if default is not None:
        if default not in set_index:
            fail("%s: default set %r is not one of its sets" % (cmd["name"], default))
        out["d"] = set_index[default]
    if cmd.get("supportsShouldProcess"):
        out["sp"] = 1
    if cmd.get("commandAliases"):
        out["ca"] = list(cmd["commandAliases"])
    out["s"] = sets
    out["p"] = out_params
    return out


def convert_common(src):
    out = []
    for p in src["parameters"]:
        if p["name"].lower() in NOT_OWN_NAMES:
            continue  # listed per cmdlet, only where the cmdlet has it
        entry = {"n": p["name"]}
        if p["aliases"]:
            entry["a"] = list(p["aliases"])
        entry["t"] = p["type"]
        if p["switch"]:
            entry["sw"] = 1
        if p.get("kind") == "risk-mitigation":
            entry["sp"] = 1  # -WhatIf / -Confirm: only with SupportsShouldProcess
        out.append(entry)
    return out


def dump(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def render(table):
    """One cmdlet header line and one line per parameter: small, yet readable
    in a diff."""
    lines = ["{", '"format":%d,' % table["format"], '"generatedFrom":%s,' % dump(table["generatedFrom"])]
    lines.append('"common":[')
    lines.append(",\n".join(dump(p) for p in table["common"]))
    lines.append("],")
    lines.append('"cmdlets":[')
    cmd_texts = []
    for c in table["cmdlets"]:
        head = {k: v for k, v in c.items() if k != "p"}
        text = dump(head)[:-1] + ',"p":[\n' + ",\n".join(dump(p) for p in c["p"]) + "]}"
        cmd_texts.append(text)
    lines.append(",\n".join(cmd_texts))
    lines.append("],")
    lines.append('"aliases":{')
    lines.append(",\n".join("%s:%s" % (dump(k), dump(v)) for k, v in table["aliases"].items()))
    lines.append("}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write(__doc__)
        return 2
    src_path = argv[1]
    out_path = argv[2] if len(argv) == 3 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "analyzer", "data", "cmdlets.json")
    with open(src_path, "rb") as f:
        raw = f.read()
    src = json.loads(raw.decode("utf-8"))

    common = convert_common(src["commonParameters"])
    common_names = set()
    for p in common:
        common_names.add(p["n"].lower())
        common_names.update(a.lower() for a in p.get("a", []))

    cmdlets = [convert_cmdlet(c, common_names) for c in src["cmdlets"]]
    cmdlets.sort(key=lambda c: c["n"].lower())
    for a, b in zip(cmdlets, cmdlets[1:]):
        if a["n"].lower() == b["n"].lower():
            fail("cmdlet %s listed twice" % a["n"])

    aliases = {}
    for name in sorted(src["aliases"], key=str.lower):
        entry = src["aliases"][name]
        if name.lower() in (k.lower() for k in aliases):
            fail("alias %s listed twice" % name)
        aliases[name] = [entry["command"], 1 if entry.get("only51") else 0]

    table = {
        "format": FORMAT,
        "generatedFrom": "%s sha256:%s" % (os.path.basename(src_path), hashlib.sha256(raw).hexdigest()),
        "common": common,
        "cmdlets": cmdlets,
        "aliases": aliases,
    }
    text = render(table)
    json.loads(text)  # self-check: the output parses
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, out_path)
    nparams = sum(len(c["p"]) for c in cmdlets)
    sys.stderr.write("gen-cmdtable: wrote %s: %d bytes, %d cmdlets, %d parameters, %d common parameters, %d aliases\n"
                     % (out_path, len(text.encode("utf-8")), len(cmdlets), nparams, len(common), len(aliases)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
