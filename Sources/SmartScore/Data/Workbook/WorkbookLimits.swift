import Foundation

/// What a workbook may cost to read. An .xlsx is a zip archive, and a few kilobytes of zip can unpack to
/// gigabytes: every part is read through a counter that stops at these limits, whatever sizes the archive
/// claims, so a hostile file is refused before it exhausts memory.
public struct WorkbookLimits: Sendable {
    /// The largest workbook file read (its compressed bytes).
    public var fileBytes: Int
    /// The most bytes all the parts read may unpack to, together.
    public var unpackedBytes: Int
    /// The most non-empty cells a sheet may hold (100,000 rows of 20 columns is 2 million).
    public var cells: Int

    public init(fileBytes: Int = 256 << 20, unpackedBytes: Int = 200 << 20, cells: Int = 5_000_000) {
        self.fileBytes = fileBytes
        self.unpackedBytes = unpackedBytes
        self.cells = cells
    }
}
