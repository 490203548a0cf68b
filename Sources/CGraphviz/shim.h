#ifndef QUOTEGRAPH_CGRAPHVIZ_SHIM_H
#define QUOTEGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
