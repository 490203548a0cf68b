#ifndef QUOTEGRAPH_CGRAPHVIZ_SHIM_H
#define QUOTEGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* agtail/aghead are macros over cgraph's bitfields; Swift cannot import
 * them, so expose them as functions. */
static inline Agnode_t *qg_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *qg_aghead(Agedge_t *e) { return aghead(e); }

#endif
