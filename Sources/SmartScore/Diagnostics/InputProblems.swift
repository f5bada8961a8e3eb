import Foundation

/// The problems found in one input, reported together: one as `InputError`, several as `InputErrors`.
struct InputProblems {
    /// The most problems listed; the rest are counted.
    static let kept = 50
    private(set) var problems: [InputError] = []
    private(set) var omitted = 0

    var isEmpty: Bool { problems.isEmpty && omitted == 0 }

    mutating func add(_ problem: InputError) {
        if problems.count < Self.kept { problems.append(problem) } else { omitted += 1 }
    }

    func check() throws {
        if problems.count == 1 && omitted == 0 { throw problems[0] }
        if !isEmpty { throw InputErrors(problems, omitted: omitted) }
    }
}
