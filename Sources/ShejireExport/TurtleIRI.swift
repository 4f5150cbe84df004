import ShejireCore

/// Mints and writes the IRIs of a Turtle export under one base IRI.
///
/// Entity `type:slug` is written as the prefixed name `type:slug` when the slug is a simple
/// local name (letters, digits, `_`, `-`, `.` inside), otherwise as the full IRI
/// `<BASE type/percent-encoded-slug>`; both name the same IRI. Ids without a type prefix live
/// under `BASE entity/`.
struct TurtleIRI {
    let base: String

    /// Writes the `@prefix` lines.
    func writePrefixes(to sink: ByteSink) {
        let prefixes: [(String, String)] = [
            ("rico", "https://www.ica.org/standards/RiC/ontology#"),
            ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            ("owl", "http://www.w3.org/2002/07/owl#"),
            ("xsd", "http://www.w3.org/2001/XMLSchema#"),
            ("skos", "http://www.w3.org/2004/02/skos/core#"),
            ("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
            ("wd", "http://www.wikidata.org/entity/"),
            ("shj", base + "vocab#"),
            ("rel", base + "relation/"),
            ("doc", base + "document/"),
            ("pos", base + "position-in/"),
        ] + EntityType.allCases.map { ($0.idPrefix, base + $0.idPrefix + "/") }
        for (prefix, namespace) in prefixes {
            sink.write("@prefix ")
            sink.write(prefix)
            sink.write(": <")
            sink.write(Self.escapeIRI(namespace))
            sink.write("> .\n")
        }
    }

    /// Writes an entity's IRI.
    func writeEntity(_ id: String, to sink: ByteSink) {
        if let colon = id.firstIndex(of: ":"), RiCOMapping.entityType(ofID: id) != nil {
            let prefix = String(id[..<colon])
            let local = String(id[id.index(after: colon)...])
            writeLocal(prefix: prefix, path: prefix + "/", local, to: sink)
        } else {
            sink.write("<")
            sink.write(Self.escapeIRI(base + "entity/" + Self.percentEncoded(id)))
            sink.write(">")
        }
    }

    /// The full IRI of an entity, as `writeEntity` names it.
    func entityIRI(_ id: String) -> String {
        if let colon = id.firstIndex(of: ":"), RiCOMapping.entityType(ofID: id) != nil {
            let prefix = String(id[..<colon])
            return Self.escapeIRI(base + prefix + "/" + Self.percentEncoded(String(id[id.index(after: colon)...])))
        }
        return Self.escapeIRI(base + "entity/" + Self.percentEncoded(id))
    }

    /// Writes `prefix:local`, or `<BASE path percent-encoded-local>` when `local` is not a
    /// simple local name.
    func writeLocal(prefix: String, path: String, _ local: String, to sink: ByteSink) {
        if Self.isSimpleLocalName(local) {
            sink.write(prefix)
            sink.write(":")
            sink.write(local)
        } else {
            sink.write("<")
            sink.write(Self.escapeIRI(base + path + Self.percentEncoded(local)))
            sink.write(">")
        }
    }

    /// Writes the IRI of an evidence sentence: its document's IRI with an RFC 5147 fragment
    /// `#char=START,END` (Unicode code point offsets).
    func writeEvidence(_ evidence: GraphEvidence, to sink: ByteSink) {
        sink.write("<")
        sink.write(Self.escapeIRI(base + "document/" + Self.percentEncoded(evidence.document)))
        sink.write("#char=")
        sink.write(evidence.start)
        sink.write(",")
        sink.write(evidence.end)
        sink.write(">")
    }

    /// The IRI that an external id is `owl:sameAs`, when the scheme has one.
    func sameAs(scheme: String, value: String) -> String? {
        switch scheme.lowercased() {
        case "wikidata":
            guard value.first == "Q", value.count > 1, value.dropFirst().allSatisfy(\.isASCII), value.dropFirst().allSatisfy(\.isNumber)
            else { return nil }
            return "wd:" + value
        case "geonames":
            guard !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return "<https://sws.geonames.org/\(value)/>"
        default:
            return nil
        }
    }

    /// A Turtle `PN_LOCAL` without escapes: ASCII letters, digits, `_`, `-` and `.`, starting
    /// with a letter, digit or `_`, not ending with `.`.
    static func isSimpleLocalName(_ local: String) -> Bool {
        let utf8 = Array(local.utf8)
        guard let first = utf8.first, let last = utf8.last, last != UInt8(ascii: ".") else { return false }
        func isAlnum(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        guard isAlnum(first) || first == UInt8(ascii: "_") else { return false }
        return utf8.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    /// Percent-encodes every byte but ASCII letters, digits, `-`, `.`, `_`, `~`.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in text.utf8 {
            let plain =
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
            if plain {
                out.append(b)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Drops what an IRIREF cannot hold (spaces, controls, `<>"{}|^`\`) from a configured base.
    static func escapeIRI(_ iri: String) -> String {
        String(iri.unicodeScalars.filter { scalar in
            scalar.value > 0x20 && !"<>\"{}|^`\\".unicodeScalars.contains(scalar)
        }.map(Character.init))
    }
}
