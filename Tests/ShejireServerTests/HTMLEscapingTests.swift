import Testing
@testable import ShejireServer

/// Text that reaches HTML (the reconciliation preview card) is escaped.
@Suite("HTML escaping")
struct HTMLEscapingTests {
    @Test("Script tags, quotes and ampersands in entity names cannot break out of the preview markup")
    func escapesMarkup() {
        let hostile = "<script>alert('x')</script> \"Алия\" & <img src=x onerror=1>"
        let escaped = HTML.escape(hostile)
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\""))
        #expect(escaped == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Алия&quot; &amp; &lt;img src=x onerror=1&gt;")
    }
}
