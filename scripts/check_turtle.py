#!/usr/bin/env python3
"""Parses a Shejire Turtle export with rdflib and checks it against the RiC-O 1.1 class
hierarchy.

    python3 scripts/check_turtle.py Exports/graph.ttl [--rico ../shared/schemas/rico-1.1/rico-1.1-rdfs-extract.ttl]

Prints the number of triples. With --rico it also checks that every rico: term used is
declared in the extract, and applies RDFS inference (rdf:type through rdfs:domain,
rdfs:range and rdfs:subClassOf/subPropertyOf) to make sure no resource becomes both a
rico:Person and a rico:Group (disjoint in RiC-O), and that persons, organisations, places
and events keep their classes. Exits non-zero on any problem.
"""
import argparse
import sys

from rdflib import Graph, Namespace, RDF, RDFS

RICO = Namespace("https://www.ica.org/standards/RiC/ontology#")


def closure(pairs):
    """Reflexive-transitive closure of a parent map {child: {parents}}."""
    result = {}

    def up(term, seen):
        for parent in pairs.get(term, ()):
            if parent not in seen:
                seen.add(parent)
                up(parent, seen)
        return seen

    for term in list(pairs):
        result[term] = up(term, {term})
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("turtle")
    parser.add_argument("--rico", help="the RiC-O RDFS extract (Turtle)")
    args = parser.parse_args()

    data = Graph()
    data.parse(args.turtle, format="turtle")
    print(f"{len(data)} triples")
    if not args.rico:
        return 0

    ontology = Graph()
    ontology.parse(args.rico, format="turtle")
    declared = set(ontology.subjects()) | set(ontology.objects())
    problems = []
    used = {t for triple in data for t in triple if str(t).startswith(str(RICO))}
    for term in sorted(used):
        if term not in declared:
            problems.append(f"{term} is not in the RiC-O extract")

    sub_class = {}
    for child, parent in ontology.subject_objects(RDFS.subClassOf):
        sub_class.setdefault(child, set()).add(parent)
    sub_property = {}
    for child, parent in ontology.subject_objects(RDFS.subPropertyOf):
        sub_property.setdefault(child, set()).add(parent)
    class_up = closure(sub_class)
    property_up = closure(sub_property)

    types = {}
    for s, o in data.subject_objects(RDF.type):
        types.setdefault(s, set()).update(class_up.get(o, {o}))
    for s, p, o in data:
        for prop in property_up.get(p, {p}):
            for domain in ontology.objects(prop, RDFS.domain):
                types.setdefault(s, set()).update(class_up.get(domain, {domain}))
            for range_ in ontology.objects(prop, RDFS.range):
                if range_ != RDFS.Literal:
                    types.setdefault(o, set()).update(class_up.get(range_, {range_}))
    for resource, classes in types.items():
        if RICO.Person in classes and RICO.Group in classes:
            problems.append(f"{resource} is inferred to be both rico:Person and rico:Group")
        if RICO.Place in classes and RICO.Agent in classes:
            problems.append(f"{resource} is inferred to be both rico:Place and rico:Agent")
        if RICO.Event in classes and RICO.Agent in classes:
            problems.append(f"{resource} is inferred to be both rico:Event and rico:Agent")

    if problems:
        for problem in problems[:50]:
            print("error:", problem, file=sys.stderr)
        print(f"FAILED: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"OK: {len(used)} RiC-O terms, all declared; RDFS inference keeps classes consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
