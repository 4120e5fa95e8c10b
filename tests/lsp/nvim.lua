-- Neovim (0.7 or later) as an LSP client of `psauth lsp`, run headless by
-- run-nvim.sh: opens $PSA_FILE, waits for psauth's diagnostics, checks
-- their codes, applies the first code action on the New-PSSession line and
-- writes the buffer. Exits with status 1 (cquit) on any failure.
local psauth = os.getenv('PSAUTH')
local file = os.getenv('PSA_FILE')

local function fail(msg)
  io.stdout:write('FAIL ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'ps1'
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'psauth',
  cmd = { psauth, 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client_id then fail('psauth lsp did not start') end
vim.lsp.buf_attach_client(bufnr, client_id)

local function codes()
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    seen[#seen + 1] = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  end
  table.sort(seen)
  return seen
end

if not vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
  fail('no diagnostics within 30 s')
end
local got = table.concat(codes(), ',')
io.stdout:write('diagnostics: ' .. got .. '\n')
for _, want in ipairs({ 'PSA101', 'PSA103', 'PSA701' }) do
  if not got:find(want, 1, true) then fail('expected ' .. want .. ' among ' .. got) end
end

-- the first code action on the New-PSSession line (line 3)
vim.api.nvim_win_set_cursor(0, { 3, 12 })
local client = vim.lsp.get_client_by_id(client_id)
local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
params.context = { diagnostics = {} }
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 20000)
local actions = responses and responses[client_id] and responses[client_id].result
if not actions or #actions == 0 then fail('no code actions on line 3') end
io.stdout:write('first code action: ' .. actions[1].title .. ' [' .. actions[1].kind .. ']\n')
if not actions[1].edit then fail('the first code action has no edit') end
vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding)
vim.cmd('write')

-- the server sees the change: PSA101 is gone from the new diagnostics
if not vim.wait(30000, function()
  for _, c in ipairs(codes()) do if c == 'PSA101' then return false end end
  return true
end, 20) then
  fail('PSA101 still reported after the rewrite')
end
io.stdout:write('after: ' .. table.concat(codes(), ',') .. '\n')
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
