import Foundation
import SmartScore

/// What the process was started with: its environment, the path it was started by and the working
/// directory. main.swift reads them once, before parsing; nothing else in smartscore reads them (the
/// library takes every path and setting as a value).
struct Launch: Sendable {
    let environment: [String: String]
    let arguments: [String]
    let workingDirectory: String

    /// The path the process was started by.
    var executable: String { arguments.first ?? "" }

    /// Set once by main.swift before the command line is parsed, read only afterwards.
    nonisolated(unsafe) static var current = Launch(environment: [:], arguments: [], workingDirectory: "")

    /// The language the command line or the environment asks for.
    var requestedLanguage: Language { language(requestedBy: arguments) }

    /// `SMARTSCORE_LANG` when it names a language, else Indonesian.
    var language: Language { environment["SMARTSCORE_LANG"].flatMap { Language(rawValue: $0.lowercased()) } ?? .id }

    /// The language a command line asks for (`--lang en`, `--lang=en`), else the environment's: for
    /// messages printed before, or instead of, the command's own parsing.
    func language(requestedBy arguments: [String]) -> Language {
        for (k, a) in arguments.enumerated() {
            if a == "--lang", k + 1 < arguments.count, let l = Language(rawValue: arguments[k + 1]) { return l }
            if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { return l }
        }
        return language
    }

    /// The store a command uses: `--db`, else `SMARTSCORE_DB`, else `./smartscore.sqlite`.
    func storePath(flag: String?) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let env = environment["SMARTSCORE_DB"], !env.isEmpty { return env }
        return "smartscore.sqlite"
    }

    /// Worker threads: `--threads`, else `SMARTSCORE_THREADS`, else the machine's cores. A malformed
    /// variable is reported, not silently ignored.
    func workerThreads(flag: Int?) throws -> Int {
        if let flag { return flag }
        guard let raw = environment["SMARTSCORE_THREADS"] else { return ProcessInfo.processInfo.activeProcessorCount }
        guard let n = Int(raw.trimmingCharacters(in: .whitespaces)), n >= 1 else {
            throw InputError("SMARTSCORE_THREADS=\(raw) is not a positive whole number of threads",
                             id: "SMARTSCORE_THREADS=\(raw) bukan bilangan bulat positif", at: SourceLocation(flag: "SMARTSCORE_THREADS"),
                             hint: "set it to a positive whole number, or unset it", hintID: "isi dengan bilangan bulat positif, atau hapus")
        }
        return n
    }
}

extension Parameter {
    /// How the command line names a parameter: its flag, or the placeholder of a positional argument.
    var flag: String {
        switch self {
        case .files: return "FILE"
        case .code: return "CODE"
        case .text: return "TEXT"
        case .previousEdition: return "--previous-edition"
        default: return "--" + rawValue.replacingOccurrences(of: "_", with: "-")
        }
    }
}
