// One header for the two C interfaces smartscore uses: OpenBLAS's CBLAS (with its
// openblas_set_num_threads extension) and LAPACKE. Only Sources/SmartScore/Linear includes this module.
#include <cblas.h>
#include <lapacke.h>
// OpenBLAS's own (exported, used at fork): stops its worker threads. A process that keeps OpenBLAS on one
// thread for good calls it, so that the idle workers do not spin on a core the analyses need.
int blas_thread_shutdown_(void);
