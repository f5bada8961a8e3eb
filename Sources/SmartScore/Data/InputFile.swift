import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens an input file without ever blocking or misreading it. A named pipe blocks `open(2)` until a
/// writer appears, and a device or socket reads as endless or empty data, so anything that is not a
/// regular file is refused by what it is, before it is read. Standard input (`-` or `/dev/stdin`) is
/// the exception: it is read whole into memory, because it can be read only once and the reader may
/// need its bytes again (to re-read a Windows-1252 file).
enum InputFile {
    /// Where the bytes come from.
    enum Source {
        case handle(FileHandle)
        case memory([UInt8])
    }

    /// Standard input is read into memory; beyond this it is refused rather than exhausting memory.
    static let standardInputLimit = 1 << 30

    static func isStandardInput(_ path: String) -> Bool { path == "-" || path == "/dev/stdin" }

    /// The name messages use: `<stdin>` for standard input, else what the user typed.
    static func displayName(path: String, given: String?) -> String {
        isStandardInput(path) ? "<stdin>" : (given ?? path)
    }

    static func open(path: String, displayName: String) throws -> Source {
        let location = SourceLocation(file: displayName)
        if isStandardInput(path) { return .memory(try readStandardInput(location: location)) }
        var info = stat()
        guard stat(path, &info) == 0 else { throw cannotRead(location) }
        try requireRegular(info.st_mode, location: location)
        // O_NONBLOCK: should the path have become a pipe since `stat`, opening it still returns at once.
        let fd = openReadOnlyNonBlocking(path)
        guard fd >= 0 else { throw cannotRead(location) }
        var opened = stat()
        guard fstat(fd, &opened) == 0 else { close(fd); throw cannotRead(location) }
        do { try requireRegular(opened.st_mode, location: location) } catch { close(fd); throw error }
        FilesRead.record(path)
        return .handle(FileHandle(fileDescriptor: fd, closeOnDealloc: true))
    }

    /// Refuses what is not a regular file, naming what it is.
    static func requireRegular(_ mode: mode_t, location: SourceLocation) throws {
        let key: TextKey
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFIFO: key = .inputIsNamedPipe
        case S_IFSOCK: key = .inputIsSocket
        case S_IFCHR, S_IFBLK: key = .inputIsDevice
        case S_IFDIR: key = .inputIsDirectory
        default: key = .inputIsNotRegular
        }
        throw InputError(key, at: location, hint: .inputNotRegularHint)
    }

    /// The size of an opened regular file, for progress.
    static func size(of handle: FileHandle) -> Int? {
        var info = stat()
        guard fstat(handle.fileDescriptor, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    static func cannotRead(_ location: SourceLocation) -> InputError {
        InputError("cannot read the file", id: "berkas tidak dapat dibaca", at: location,
                   hint: "check that it exists and that you may read it", hintID: "periksa bahwa berkas ada dan boleh dibaca")
    }

    /// All of standard input, up to `standardInputLimit`.
    static func readStandardInput(location: SourceLocation, limit: Int = standardInputLimit) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw cannotRead(location)
            }
            bytes.append(contentsOf: buffer[0..<n])
            if bytes.count > limit {
                throw InputError(.inputStandardInputTooLarge, ["limit": "\(limit >> 20) MiB"], at: location, hint: .inputStandardInputTooLargeHint)
            }
        }
        return bytes
    }
}

/// `open(2)` at file scope, where the name is not shadowed by `InputFile.open`.
private func openReadOnlyNonBlocking(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
}
