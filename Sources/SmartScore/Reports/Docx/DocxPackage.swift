import Foundation
import ZIPFoundation

/// The zip container of a Word document, written so that the same parts give the same bytes: the parts in
/// a fixed order ([Content_Types].xml first, as Office writes it), one fixed timestamp, fixed permissions.
enum DocxPackage {
    /// 1 January 2000, 00:00 in the zip's DOS time (which has no zone; ZIPFoundation converts with the
    /// current calendar, so the date is built in it too and reads back the same everywhere).
    static let timestamp: Date = {
        var components = DateComponents()
        (components.year, components.month, components.day, components.hour) = (2000, 1, 1, 0)
        return Calendar.current.date(from: components) ?? Date(timeIntervalSince1970: 946_684_800)
    }()

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
