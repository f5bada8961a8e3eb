// One header for the two C interfaces smartscore uses: OpenBLAS's CBLAS (with its
// openblas_set_num_threads extension) and LAPACKE. Only Sources/SmartScore/Linear includes this module.
#include <cblas.h>
#include <lapacke.h>
