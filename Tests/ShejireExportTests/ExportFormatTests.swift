import ShejireExport
import Testing

@Test func everyFormatHasADistinctExtension() {
    let extensions = ExportFormat.allCases.map(\.fileExtension)
    #expect(Set(extensions).count == extensions.count)
}
