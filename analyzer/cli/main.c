#include <stdio.h>
int main(void) { puts("psauth: under construction"); return 0; }
