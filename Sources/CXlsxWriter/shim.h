// libxlsxwriter (Debian's libxlsxwriter-dev): writes .xlsx workbooks, with worksheet protection, data
// validation and cell comments. Only Sources/SmartScore/Data/Workbook includes this module.
#include <xlsxwriter.h>
