import ShejireCore
import Testing

@Suite("Offsets")
struct CodePointOffsetTests {
    @Test("UTF-8 byte offsets convert to code point offsets, in any order")
    func convert() {
        let text = "Әлия 🙂 Aliya"
        // Ә is 2 bytes, 🙂 4 bytes.
        let bytes = [0, 8, 4, 9, 13, text.utf8.count]
        #expect(Document.codePointOffsets(of: text, bytes) == [0, 4, 2, 5, 6, 12])
    }
}
