import Foundation
import ZIPFoundation

/// A workbook's zip: ZIPFoundation reads its directory (the entries, their sizes and checksums), and the
/// parts are inflated here from the file's own bytes. ZIPFoundation 0.9.20's inflate loop asks its
/// provider for more input until the deflate stream ends; reading from the file, a stream cut short gets
/// empty chunks for ever, and `import` would hang on a damaged workbook (found by fuzz/FuzzXLSXReader).
/// Here the provider serves exactly the entry's compressed bytes and refuses to be asked past them.
/// (The parts ZIPFoundation reads itself are the directory's; it is never asked to inflate.)
struct WorkbookArchive {
    let directory: Archive
    /// The whole file, as read (and hashed) by the workbook.
    let bytes: Data

    struct Damaged: Error, CustomStringConvertible {
        let description: String
    }

    subscript(path: String) -> Entry? { directory[path] }

    /// Calls `consumer` with the entry's content, chunk by chunk, then checks its CRC-32.
    func extract(_ entry: Entry, consumer: (Data) throws -> Void) throws {
        let raw = try compressedBytes(of: entry)
        guard entry.isCompressed else {
            guard UInt64(raw.count) == entry.uncompressedSize else { throw Damaged(description: "stored size differs") }
            guard raw.crc32(checksum: 0) == entry.checksum else { throw Damaged(description: "checksum") }
            try consumer(raw)
            return
        }
        let checksum = try Data.decompress(size: Int64(entry.uncompressedSize), bufferSize: 1 << 16, skipCRC32: false,
                                           provider: { position, size in
            // Asked again once every compressed byte was given: the stream never ended.
            guard position < raw.count else { throw Damaged(description: "deflate stream cut short") }
            let start = raw.startIndex + Int(position)
            var chunk = raw.subdata(in: start..<min(raw.endIndex, start + size))
            // ZIPFoundation's loop tells zlib that every chunk is `size` bytes long (`avail_in = bufferSize`),
            // whatever it holds: a shorter chunk would let zlib read past its end. Zeros fill it; a stream that
            // ends inside the chunk never reads them, and one that does not is refused (zeros are no valid
            // deflate block, or the next call finds the bytes used up).
            if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
            return chunk
        }, consumer: consumer)
        guard checksum == entry.checksum else { throw Damaged(description: "checksum") }
    }

    /// The entry's compressed bytes: after its local header (30 bytes, its name, its extra field), as many as
    /// the central directory says. The local header is the first one that carries the entry's name.
    func compressedBytes(of entry: Entry) throws -> Data {
        let name = Array(entry.path.utf8)
        let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        return try bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Data in
            let b = buffer.bindMemory(to: UInt8.self)
            func u16(_ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }
            var offset = 0
            while offset + 30 + name.count <= b.count {
                if b[offset] == signature[0], b[offset + 1] == signature[1], b[offset + 2] == signature[2], b[offset + 3] == signature[3],
                   u16(offset + 26) == name.count, Array(b[(offset + 30)..<(offset + 30 + name.count)]) == name {
                    let start = offset + 30 + name.count + u16(offset + 28)
                    let size = Int(clamping: entry.compressedSize)
                    guard start <= b.count, size <= b.count - start else { throw Damaged(description: "entry runs past the end of the file") }
                    return Data(b[start..<(start + size)])
                }
                offset += 1
            }
            throw Damaged(description: "no local header for \(entry.path)")
        }
    }
}
