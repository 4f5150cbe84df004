import Foundation

/// Normalises a document once: NFC and look-alike letter repair, keeping an offset map.
///
/// Look-alike repair works word by word (a word is a run of letters). A word that mixes
/// Cyrillic and Latin letters is written in one script: if it has letters that exist only in
/// Cyrillic (such as `ұ`, `ш`, `я`) its Latin look-alikes (`a e o p c x y i`, capitals
/// `A B C E H I K M O P T X Y`, `Ə`) become Cyrillic (`а е о р с х у і ...`, `Ә`); if it
/// has letters that exist only in Latin, the Cyrillic look-alikes become Latin. Words in
/// one script are left alone.
public enum TextNormalizer {
    /// Normalises `text`.
    ///
    /// - Complexity: O(n) in the length of the text; the fast path (already NFC, no mixed
    ///   words) only reads the text.
    public static func normalize(_ text: String) -> NormalizedText {
        if !needsWork(text) {
            return NormalizedText(original: text, text: text, toOriginal: [])
        }
        return normalizeSlow(text)
    }

    /// Whether any scalar could change: combining marks (NFC) or a word mixing scripts.
    static func needsWork(_ text: String) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable({ needsWork(bytes: $0) }) {
            return result
        }
        return needsWorkScalars(text)
    }

    /// `needsWork` on UTF-8 bytes: ASCII and two-byte Cyrillic are classified without
    /// decoding; other scalars go through the same tests as `needsWorkScalars`.
    static func needsWork(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var wordHasCyrillic = false
        var wordHasLatin = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                    wordHasLatin = true
                    if wordHasCyrillic { return true }
                } else {
                    wordHasCyrillic = false
                    wordHasLatin = false
                }
                i += 1
                continue
            }
            if b >= 0xD0 && b <= 0xD3 {  // U+0400–U+04FF
                wordHasCyrillic = true
                if wordHasLatin { return true }
                i += 2
                continue
            }
            let (scalar, width) = decode(bytes, at: i)
            i += width
            if step(scalar, &wordHasCyrillic, &wordHasLatin) { return true }
        }
        return false
    }

    /// Whether the scalar at `i` keeps `needsWork`'s current word going (a letter, a
    /// combining mark or anything else that does not end a word for it).
    @inline(__always)
    static func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        if b >= 0xD0 && b <= 0xD3 { return true }
        let (scalar, _) = decode(bytes, at: i)
        let v = scalar.value
        return v == 0x018F || v == 0x0259 || isCombining(scalar) || ScalarTable.isAlphabetic(scalar)
    }

    /// `continuesWord` for the scalar that ends just before byte `end`.
    @inline(__always)
    static func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        var i = end - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return continuesWord(bytes, at: i)
    }

    /// Decodes the scalar at `i` of valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 & 0xE0 == 0xC0 {
            return (Unicode.Scalar((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))!, 2)
        }
        if b0 & 0xF0 == 0xE0 {
            let v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(v)!, 3)
        }
        let v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F)
        return (Unicode.Scalar(v)!, 4)
    }

    /// One step of `needsWork` for a scalar outside ASCII and U+0400–U+04FF.
    @inline(__always)
    static func step(_ scalar: Unicode.Scalar, _ wordHasCyrillic: inout Bool, _ wordHasLatin: inout Bool) -> Bool {
        let v = scalar.value
        if v == 0x018F || v == 0x0259 { return true }  // Ə ə
        if isCombining(scalar) { return true }
        if ScalarTable.isAlphabetic(scalar) {
            if v < 0x0250 {
                wordHasLatin = true
                if wordHasCyrillic { return true }
            }
        } else {
            wordHasCyrillic = false
            wordHasLatin = false
        }
        return false
    }

    @inline(never)
    static func needsWorkScalars(_ text: String) -> Bool {
        var wordHasCyrillic = false
        var wordHasLatin = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A {
                    wordHasLatin = true
                    if wordHasCyrillic { return true }
                } else {
                    wordHasCyrillic = false
                    wordHasLatin = false
                }
                continue
            }
            if v >= 0x0400 && v <= 0x04FF {
                wordHasCyrillic = true
                if wordHasLatin { return true }
                continue
            }
            if step(scalar, &wordHasCyrillic, &wordHasLatin) { return true }
        }
        return false
    }

    @inline(__always)
    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x0300 { return false }
        return ScalarTable.flags(of: scalar) & ScalarTable.combining != 0
    }

    @inline(never)
    static func normalizeSlow(_ text: String) -> NormalizedText {
        // 1. NFC, cluster by cluster, so each output byte maps to its cluster's start.
        var scalars: [Unicode.Scalar] = []
        var origins: [Int32] = []  // original byte offset of each scalar
        scalars.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var offset = 0
        var decoded = false
        var text = text
        text.makeContiguousUTF8()
        if let done = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            // Without combining marks no cluster is composed: the scalars are decoded as they
            // are, each at its own byte offset (what the cluster loop below gives then, faster).
            var i = 0
            while i < bytes.count {
                if bytes[i] >= 0xCC {
                    let (scalar, width) = decode(bytes, at: i)
                    if isCombining(scalar) { return false }
                    i += width
                } else {
                    i += 1
                }
            }
            i = 0
            while i < bytes.count {
                let (scalar, width) = decode(bytes, at: i)
                scalars.append(scalar)
                origins.append(Int32(i))
                i += width
            }
            return true
        }), done {
            decoded = true
        } else {
            scalars.removeAll(keepingCapacity: true)
            origins.removeAll(keepingCapacity: true)
        }
        if !decoded {
            for character in text {
                let characterScalars = character.unicodeScalars
                let start = offset
                var byteCount = 0
                for s in characterScalars { byteCount += UTF8.width(s) }
                offset += byteCount
                if characterScalars.count > 1, characterScalars.contains(where: isCombining) {
                    let composed = String(character).precomposedStringWithCanonicalMapping
                    for s in composed.unicodeScalars {
                        scalars.append(s)
                        origins.append(Int32(start))
                    }
                } else {
                    var position = start
                    for s in characterScalars {
                        scalars.append(s)
                        origins.append(Int32(position))
                        position += UTF8.width(s)
                    }
                }
            }
        }
        // 2. Look-alike repair, word by word.
        var index = 0
        while index < scalars.count {
            guard isWordLetter(scalars[index]) else { index += 1; continue }
            var end = index
            while end < scalars.count, isWordLetter(scalars[end]) { end += 1 }
            repairWord(&scalars, index..<end)
            index = end
        }
        // 3. Encode with the map.
        var bytes: [UInt8] = []
        var map: [Int32] = []
        bytes.reserveCapacity(scalars.count * 2)
        map.reserveCapacity(scalars.count * 2 + 1)
        for index in scalars.indices {
            let s = scalars[index]
            let origin = origins[index]
            let v = s.value
            if v < 0x80 {
                bytes.append(UInt8(v))
                map.append(origin)
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | v >> 6))
                bytes.append(UInt8(0x80 | v & 0x3F))
                map.append(origin)
                map.append(origin)
            } else {
                let before = bytes.count
                UTF8.encode(s) { bytes.append($0) }
                for _ in before..<bytes.count { map.append(origin) }
            }
        }
        map.append(Int32(text.utf8.count))
        // Unchanged only if byte for byte the same (equal bytes are equal strings).
        let unchanged =
            bytes.count == text.utf8.count
            && bytes.withUnsafeBufferPointer { new in
                text.utf8.withContiguousStorageIfAvailable { old in new.elementsEqual(old) } ?? new.elementsEqual(text.utf8)
            }
        if unchanged {
            return NormalizedText(original: text, text: text, toOriginal: [])
        }
        return NormalizedText(original: text, text: String(decoding: bytes, as: UTF8.self), toOriginal: map)
    }

    @inline(__always)
    static func isWordLetter(_ s: Unicode.Scalar) -> Bool {
        // ASCII and U+0400–U+04FF by value (no table read, whose lazy global costs a call):
        // the same answers, checked against the table by the tests.
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x0400 && v <= 0x04FF { return v != 0x0482 }
        return ScalarTable.isAlphabetic(s) || isCombining(s)
    }

    enum Script { case cyrillic, latin, other }

    static func script(_ s: Unicode.Scalar) -> Script {
        let v = s.value
        if v >= 0x0400 && v <= 0x052F { return .cyrillic }
        if v == 0x018F || v == 0x0259 { return .latin }
        if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v < 0x0250) {
            return .latin
        }
        return .other
    }

    /// Latin letters that look like Cyrillic ones, and their Cyrillic twins.
    static let latinToCyrillic: [UInt32: UInt32] = [
        0x61: 0x0430, 0x63: 0x0441, 0x65: 0x0435, 0x6F: 0x043E, 0x70: 0x0440, 0x78: 0x0445,
        0x79: 0x0443, 0x69: 0x0456, 0x68: 0x04BB,
        0x41: 0x0410, 0x42: 0x0412, 0x43: 0x0421, 0x45: 0x0415, 0x48: 0x041D, 0x49: 0x0406,
        0x4B: 0x041A, 0x4D: 0x041C, 0x4F: 0x041E, 0x50: 0x0420, 0x54: 0x0422, 0x58: 0x0425,
        0x59: 0x04AE,
        0x018F: 0x04D8, 0x0259: 0x04D9,  // Ə ə -> Ә ә
    ]

    /// Cyrillic letters that look like Latin ones, and their Latin twins.
    static let cyrillicToLatin: [UInt32: UInt32] = [
        0x0430: 0x61, 0x0441: 0x63, 0x0435: 0x65, 0x043E: 0x6F, 0x0440: 0x70, 0x0445: 0x78,
        0x0443: 0x79, 0x0456: 0x69, 0x04BB: 0x68,
        0x0410: 0x41, 0x0412: 0x42, 0x0421: 0x43, 0x0415: 0x45, 0x041D: 0x48, 0x0406: 0x49,
        0x041A: 0x4B, 0x041C: 0x4D, 0x041E: 0x4F, 0x0420: 0x50, 0x0422: 0x54, 0x0425: 0x58,
        0x04AE: 0x59,
    ]

    static func repairWord(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) {
        // A word in one script is left alone (nearly every word): found without the tables.
        var anyCyrillic = false
        var anyLatin = false
        for i in range {
            switch script(scalars[i]) {
            case .cyrillic: anyCyrillic = true
            case .latin: anyLatin = true
            case .other: break
            }
        }
        guard anyCyrillic && anyLatin else { return }
        var strongCyrillic = 0
        var strongLatin = 0
        var weakCyrillic = 0
        var weakLatin = 0
        for i in range {
            let v = scalars[i].value
            switch script(scalars[i]) {
            case .cyrillic:
                if cyrillicToLatin[v] != nil { weakCyrillic += 1 } else { strongCyrillic += 1 }
            case .latin:
                if latinToCyrillic[v] != nil && v != 0x018F && v != 0x0259 {
                    weakLatin += 1
                } else if v == 0x018F || v == 0x0259 {
                    weakLatin += 1
                } else {
                    strongLatin += 1
                }
            case .other: break
            }
        }
        let hasCyrillic = strongCyrillic + weakCyrillic > 0
        let hasLatin = strongLatin + weakLatin > 0
        guard hasCyrillic && hasLatin else { return }
        let toCyrillic: Bool
        if strongCyrillic > 0 && strongLatin == 0 {
            toCyrillic = true
        } else if strongLatin > 0 && strongCyrillic == 0 {
            toCyrillic = false
        } else if strongLatin == 0 && strongCyrillic == 0 {
            toCyrillic = weakCyrillic >= weakLatin
        } else {
            return  // genuinely mixed: leave it
        }
        for i in range {
            let v = scalars[i].value
            if toCyrillic, script(scalars[i]) == .latin, let c = latinToCyrillic[v] {
                scalars[i] = Unicode.Scalar(c)!
            } else if !toCyrillic, script(scalars[i]) == .cyrillic, let l = cyrillicToLatin[v] {
                scalars[i] = Unicode.Scalar(l)!
            }
        }
    }
}
