/// DOT fixtures shared by the tests.
enum Fixtures {
    static let smallGraph = """
        digraph Small {
          "alice" -> "bob" [label="accuses"];
          "bob" -> "carol";
          "carol" -> "alice" [weight=2];
          "dave";
        }
        """
    static let smallGraphNodes = ["alice", "bob", "carol", "dave"]

    /// graphviz.md §5: with dot, Graphviz 2.42 aborts with a double free in
    /// gvFreeLayout on the first render unless newrank=true is in effect.
    /// (Verified to abort from C on this machine.)
    static let clusterDoubleFree = """
        digraph G {
          subgraph cluster_4 { label="Cluster 4"; k; p; }
          a->e a->p c->p d->e e->k[label="e"] h->f j->f k->i n->g o->m p->d p->b q->l
        }
        """
}
