import ArgumentParser
import Foundation
import SmartScore

// Exit statuses are part of the contract: 0 success, 1 bad input, 2 usage error. ArgumentParser's
// own usage status is 64, so errors are mapped here rather than left to `main()`.
do {
    var command = try SmartScoreCommand.parseAsRoot()
    try command.run()
} catch let error as InputError {
    Terminal.printError(error.rendered(language: Language.requested(by: CommandLine.arguments)))
    exit(1)
} catch let error as InputErrors {
    Terminal.printError(error.rendered(language: Language.requested(by: CommandLine.arguments)))
    exit(1)
} catch let error as LinearError {
    Terminal.printError("error: \(error.description)")
    exit(1)
} catch {
    let code = SmartScoreCommand.exitCode(for: error)
    if code == .success {
        SmartScoreCommand.exit(withError: error)  // --help, --version
    }
    if let exitCode = error as? ExitCode {
        exit(exitCode.rawValue)
    }
    Terminal.printError(SmartScoreCommand.fullMessage(for: error))
    exit(2)
}
