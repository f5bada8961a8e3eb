import Foundation
import ZIPFoundation

/// The zip container of a Word document, written so that the same parts give the same bytes: the parts in
/// a fixed order ([Content_Types].xml first, as Office writes it), one fixed timestamp, fixed permissions.
enum DocxPackage {
    /// 1 January 2000, 00:00 UTC. The zip's DOS time has no zone and ZIPFoundation converts with gmtime,
    /// so a fixed instant gives the same bytes in every time zone (a date built in the local calendar did
    /// not: Jakarta wrote 31 December 1999, 17:00).
    static let timestamp = Date(timeIntervalSince1970: 946_684_800)

    /// The package holding `parts` (path → bytes), in the order given.
    static func zip(_ parts: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            // PNG is compressed already; deflating it again only costs time.
            let method: CompressionMethod = part.path.hasSuffix(".png") ? .none : .deflate
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(part.data.count), modificationDate: timestamp,
                                 permissions: 0o644, compressionMethod: method) { position, size in
                part.data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
