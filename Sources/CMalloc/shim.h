// glibc's malloc tuning (mallopt), which Swift's Glibc module does not bring: the CLI keeps large blocks on the
// heap (see Sources/smartscore/main.swift). Only the smartscore executable includes this module.
#include <malloc.h>
