#!/usr/bin/env python3
"""Loads a Shejire GraphML export and a node-link JSON export with NetworkX and checks that
they hold the same graph with every attribute intact.

    python3 scripts/check_networkx.py Exports/graph.graphml Exports/graph.json [--nodes N] [--edges M]

Strings are compared after dropping the characters XML 1.0 forbids (GraphML cannot hold them),
and GraphML ids that were encoded as NMTOKENs (`_xHHHH_`) are decoded before comparing. Prints
node and edge counts; exits non-zero (with the differences) when the two files
disagree, when an expected count is not met, or when an attribute is missing or mistyped.
Needs NetworkX 3.4 or later (node_link_graph(..., edges="edges")).
"""
import argparse
import json
import re
import sys

import networkx as nx

# Node attributes both files must carry, and their Python types after loading.
NODE_FIELDS = {"label": str, "type": str, "name": str, "mention_count": int, "document_count": int}
EDGE_FIELDS = {"label": str, "predicate": str, "weight": float, "confidence": float, "evidence_count": int}


def flat(value):
    """A node-link list or map in the one-string spelling GraphML uses."""
    if isinstance(value, list):
        return " | ".join(value) if value else None
    if isinstance(value, dict):
        return " | ".join(f"{k}:{v}" for k, v in sorted(value.items())) if value else None
    return value


FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_kept(value):
    """What GraphML keeps of a JSON value: characters XML 1.0 forbids are dropped."""
    if isinstance(value, str):
        return FORBIDDEN.sub("", value)
    if isinstance(value, list):
        return [xml_kept(v) for v in value]
    if isinstance(value, dict):
        return {xml_kept(k): xml_kept(v) for k, v in value.items()}
    return value


def decode_id(text):
    """Undoes the NMTOKEN encoding of GraphML ids (`_xHHHH_` for a character outside
    ASCII letters, digits and `.-_:`), see XMLName.nmtoken in ShejireExport."""
    if text == "_x_":
        return ""
    return re.sub(r"_x([0-9A-F]+)_", lambda m: chr(int(m.group(1), 16)), text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graphml")
    parser.add_argument("json")
    parser.add_argument("--nodes", type=int, help="expected number of nodes")
    parser.add_argument("--edges", type=int, help="expected number of edges")
    args = parser.parse_args()

    problems = []
    raw = nx.read_graphml(args.graphml, force_multigraph=True)
    g = nx.MultiDiGraph() if raw.is_directed() else nx.MultiGraph()
    for node, attrs in raw.nodes(data=True):
        g.add_node(decode_id(node), **attrs)
    for u, v, key, attrs in raw.edges(keys=True, data=True):
        g.add_edge(decode_id(u), decode_id(v), key=decode_id(key), **attrs)
    with open(args.json, encoding="utf-8") as f:
        data = json.load(f)
    for key in ("directed", "multigraph", "graph", "nodes", "edges"):
        if key not in data:
            problems.append(f"node-link JSON has no {key!r}")
    j = nx.node_link_graph(xml_kept(data), edges="edges")

    print(f"graphml: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, {type(g).__name__}")
    print(f"json:    {j.number_of_nodes()} nodes, {j.number_of_edges()} edges, {type(j).__name__}")
    if not (g.is_directed() and g.is_multigraph() and j.is_directed() and j.is_multigraph()):
        problems.append("both graphs must be directed multigraphs")
    for name, graph in (("graphml", g), ("json", j)):
        if args.nodes is not None and graph.number_of_nodes() != args.nodes:
            problems.append(f"{name}: {graph.number_of_nodes()} nodes, expected {args.nodes}")
        if args.edges is not None and graph.number_of_edges() != args.edges:
            problems.append(f"{name}: {graph.number_of_edges()} edges, expected {args.edges}")
    if set(g.nodes) != set(j.nodes):
        problems.append(f"node ids differ: {sorted(set(g.nodes) ^ set(j.nodes))[:10]}")

    for node, attrs in j.nodes(data=True):
        if node not in g:
            continue
        gattrs = g.nodes[node]
        for field, kind in NODE_FIELDS.items():
            for name, a in (("graphml", gattrs), ("json", attrs)):
                if not isinstance(a.get(field), kind):
                    problems.append(f"{name} node {node}: {field}={a.get(field)!r} is not {kind.__name__}")
            if gattrs.get(field) != attrs.get(field):
                problems.append(f"node {node}: {field} {gattrs.get(field)!r} != {attrs.get(field)!r}")
        if gattrs.get("aliases") != flat(attrs.get("aliases")):
            problems.append(f"node {node}: aliases {gattrs.get('aliases')!r} != {attrs.get('aliases')!r}")
        if gattrs.get("external_ids") != flat(attrs.get("external_ids")):
            problems.append(f"node {node}: external_ids {gattrs.get('external_ids')!r} != {attrs.get('external_ids')!r}")
        for field in ("latitude", "longitude"):
            if gattrs.get(field) != attrs.get(field):
                problems.append(f"node {node}: {field} {gattrs.get(field)!r} != {attrs.get(field)!r}")

    gedges = {k: (u, v, a) for u, v, k, a in g.edges(keys=True, data=True)}
    jedges = {k: (u, v, a) for u, v, k, a in j.edges(keys=True, data=True)}
    if set(gedges) != set(jedges):
        problems.append(f"edge keys differ: {sorted(set(gedges) ^ set(jedges))[:10]}")
    for key, (u, v, attrs) in jedges.items():
        if key not in gedges:
            continue
        gu, gv, gattrs = gedges[key]
        if (gu, gv) != (u, v):
            problems.append(f"edge {key}: ends {(gu, gv)} != {(u, v)}")
        for field, kind in EDGE_FIELDS.items():
            if field in ("weight", "confidence") and gattrs.get(field) is None and attrs.get(field) is None:
                continue  # not finite: absent in GraphML, null in JSON
            for name, a in (("graphml", gattrs), ("json", attrs)):
                if not isinstance(a.get(field), kind):
                    problems.append(f"{name} edge {key}: {field}={a.get(field)!r} is not {kind.__name__}")
            if gattrs.get(field) != attrs.get(field):
                problems.append(f"edge {key}: {field} {gattrs.get(field)!r} != {attrs.get(field)!r}")
        for field in ("first_document", "last_document"):
            if gattrs.get(field) != attrs.get(field):
                problems.append(f"edge {key}: {field} {gattrs.get(field)!r} != {attrs.get(field)!r}")
        qualifiers = attrs.get("qualifiers", {})
        joined = " | ".join(f"{k}={v}" for k, v in sorted(qualifiers.items())) or None
        if gattrs.get("qualifiers") != joined:
            problems.append(f"edge {key}: qualifiers {gattrs.get('qualifiers')!r} != {joined!r}")
        for name in ("title", "since", "until", "date", "role"):
            if gattrs.get(name) != qualifiers.get(name):
                problems.append(f"edge {key}: qualifier {name} {gattrs.get(name)!r} != {qualifiers.get(name)!r}")
        if len(attrs.get("evidence", [])) != attrs.get("evidence_count", 0) and attrs.get("evidence"):
            problems.append(f"edge {key}: {len(attrs['evidence'])} evidence items, evidence_count {attrs.get('evidence_count')}")

    if problems:
        for problem in problems[:50]:
            print("error:", problem, file=sys.stderr)
        print(f"FAILED: {len(problems)} problems", file=sys.stderr)
        return 1
    print("OK: GraphML and node-link JSON agree, attributes intact")
    return 0


if __name__ == "__main__":
    sys.exit(main())
