#ifndef CSYSTEM_H
#define CSYSTEM_H
/* libc interfaces Swift's Glibc module does not export. */
#include <malloc.h>
#endif
