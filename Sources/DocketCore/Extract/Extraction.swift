/// Stage 2 entry point: picks the extractor for the ingested layer.
public enum Extraction {
    public static func record(for document: IngestedDocument) -> DocketRecord {
        var record = DocketRecord(source: document.source)
        record.documentType = .unknown
        return record
    }
}
