import ArgumentParser
import CMalloc
import Foundation
import SmartScore

// The one place that reads the process's environment, argv[0] and working directory.
Launch.current = Launch(environment: ProcessInfo.processInfo.environment, arguments: CommandLine.arguments,
                        workingDirectory: FileManager.default.currentDirectoryPath)
// OpenBLAS on one thread for the whole process: parallelism is the library's own (see BLASThreads).
BLASThreads.pinToOneThreadForGood()
// Large blocks (a village cohort's matrices: 80,534 × 100 doubles, 64 MB each, one after another) come from
// the heap and go back to it, not from a fresh mmap each: glibc maps every block above its threshold (at most
// 32 MB) anew, and the kernel zeroes each page of it on first touch (a village ranking: 0.4 s of page faults).
// A command runs once and ends; the memory it freed is reused, not returned.
mallopt(M_MMAP_MAX, 0)
mallopt(M_TRIM_THRESHOLD, Int32.max)
// A reader that goes away (`smartscore rank | head -1`) must not kill the process silently with SIGPIPE,
// in the middle of whatever it was doing: writes then fail with EPIPE, which Terminal reports.
signal(SIGPIPE, SIG_IGN)
let language = Launch.current.requestedLanguage
// A misspelt SMARTSCORE_LANG would otherwise give Indonesian without a word: bad input, for every verb.
// (An explicit --lang decides instead, so it is no error then.)
if let raw = Launch.current.environment["SMARTSCORE_LANG"], !raw.isEmpty, Language(rawValue: raw.lowercased()) == nil,
   !CommandLine.arguments.contains(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
    Terminal.printError(InputError(.languageVariableInvalid, ["value": raw], at: SourceLocation(flag: "SMARTSCORE_LANG"))
        .rendered(language: language, naming: \.flag))
    exit(1)
}

// Exit statuses are part of the contract: 0 success, 1 bad input, 2 usage error. ArgumentParser's
// own usage status is 64, so errors are mapped here rather than left to `main()`.
do {
    var command = try SmartScoreCommand.parseAsRoot()
    try command.run()
} catch let error as InputError {
    Terminal.printError(error.rendered(language: language, naming: \.flag))
    exit(1)
} catch let error as InputErrors {
    Terminal.printError(error.rendered(language: language, naming: \.flag))
    exit(1)
} catch let error as LinearError {
    Terminal.printError(Localizer(language)(.diagnosticError) + ": " + error.description)
    exit(1)
} catch {
    let code = SmartScoreCommand.exitCode(for: error)
    if code == .success {
        SmartScoreCommand.exit(withError: error)  // --help, --version
    }
    if let exitCode = error as? ExitCode {
        exit(exitCode.rawValue)
    }
    // ArgumentParser's own messages are English: said in the user's language (UsageErrorText).
    Terminal.printError(UsageErrorText.localized(SmartScoreCommand.fullMessage(for: error), language: language))
    exit(2)
}
