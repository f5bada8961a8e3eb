import Foundation

/// Reads and validates a rubric file (`indicators/evaluation/README.md` gives the format). Every problem is
/// reported at its file:line:column, like the indicator and programme catalogues.
extension Rubric {
    static let fields: Set<String> = ["edition", "title", "source", "scale", "printed_decimals", "published_tolerance",
                                      "survey_respondents", "groups", "components"]
    static let componentFields: Set<String> = ["id", "letter", "name", "short", "description", "indicators"]
    static let indicatorFields: Set<String> = ["number", "name", "dimension", "advice", "sub_indicators"]
    static let subIndicatorFields: Set<String> = ["number", "name", "advice", "questions"]
    static let questionFields: Set<String> = ["id", "number", "text", "source", "indicator", "dimension", "survey", "advice"]
    static let groupFields: Set<String> = ["id", "name", "description", "weights"]

    /// The bundled rubric of `edition` in the indicators folder: `evaluation/<edition>.yaml`.
    public static func bundled(edition: Int, in directory: String, catalogue: Catalogue) throws -> Rubric {
        let path = ((directory as NSString).appendingPathComponent("evaluation") as NSString).appendingPathComponent("\(edition).yaml")
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(.assessmentUnknownEdition, ["edition": String(edition)], at: SourceLocation(parameter: .edition),
                             hint: .loaderUseOneOfHint, hintArguments: ["values": bundledEditions(in: directory).map(String.init).joined(separator: ", ")])
        }
        let rubric = try load(path: path, catalogue: catalogue)
        guard rubric.edition == edition else {
            throw InputError(.assessmentEditionMismatch, ["edition": String(rubric.edition), "expected": String(edition)],
                             at: SourceLocation(file: path))
        }
        return rubric
    }

    /// The editions shipped in the indicators folder, oldest first.
    public static func bundledEditions(in directory: String) -> [Int] {
        let folder = (directory as NSString).appendingPathComponent("evaluation")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { $0.hasSuffix(".yaml") ? Int($0.dropLast(5)) : nil }.sorted()
    }

    public static func load(path: String, catalogue: Catalogue) throws -> Rubric {
        let root = try YAMLNode.load(path: path)
        guard root.isMapping else { throw root.error(.loaderNotAMapping) }
        try root.rejectUnknownKeys(fields, in: "a rubric")
        let editionNode = try root.required("edition", in: "a rubric")
        let edition = try editionNode.int()
        guard (2017...2100).contains(edition) else { throw editionNode.error(.assessmentEditionRange, ["edition": String(edition)]) }
        let title = try root.required("title", in: "a rubric").localizedText(in: "the title")
        // The source: one text, or {id, en}.
        let sourceNode = try root.required("source", in: "a rubric")
        let source: LocalizedText
        if sourceNode.isMapping {
            source = try sourceNode.localizedText(in: "the source")
        } else {
            let text = try sourceNode.string()
            source = LocalizedText(id: text, en: text)
        }

        let scaleNode = try root.required("scale", in: "a rubric")
        try scaleNode.rejectUnknownKeys(["min", "max"], in: "the scale")
        let low = try scaleNode.required("min", in: "the scale").double(), high = try scaleNode.required("max", in: "the scale").double()
        guard low >= 0, low < high, high <= 100 else {
            throw scaleNode.error(.assessmentScaleRange, ["min": JSONValue.format(low), "max": JSONValue.format(high)])
        }
        let decimals = try root.optional("printed_decimals").map { node -> Int in
            let value = try node.int()
            guard (0...6).contains(value) else { throw node.error(.assessmentDecimalsRange, ["value": String(value)]) }
            return value
        } ?? 2
        let tolerance = try root.optional("published_tolerance").map { node -> Double in
            let value = try node.double()
            guard value >= 0, value < high - low else { throw node.error(.assessmentToleranceRange, ["value": JSONValue.format(value)]) }
            return value
        } ?? 0.5 * pow(10, -Double(decimals))
        let respondents = try root.optional("survey_respondents").map { node -> Int in
            let value = try node.int()
            guard value > 0, value <= 100_000 else { throw node.error(.assessmentRespondentsRange, ["value": String(value)]) }
            return value
        }

        var components: [RubricComponent] = []
        var questionIDs: [String: SourceLocation] = [:]
        for node in try root.required("components", in: "a rubric").sequence() {
            let component = try parseComponent(node, catalogue: catalogue, survey: respondents != nil, ids: &questionIDs)
            if components.contains(where: { $0.id == component.id }) {
                throw try node.required("id", in: "a component").error(.assessmentComponentTwice, ["id": component.id])
            }
            if components.contains(where: { $0.letter == component.letter }) {
                throw try node.required("letter", in: "a component").error(.assessmentComponentTwice, ["id": component.letter])
            }
            components.append(component)
        }
        guard !components.isEmpty else { throw root.error(.assessmentNoComponents) }

        var groups: [RubricGroup] = []
        for node in try root.required("groups", in: "a rubric").sequence() {
            let group = try parseGroup(node, components: components)
            if groups.contains(where: { $0.id == group.id }) {
                throw try node.required("id", in: "a group").error(.assessmentGroupTwice, ["id": group.id])
            }
            groups.append(group)
        }
        guard !groups.isEmpty else { throw root.error(.assessmentNoGroups) }
        return Rubric(edition: edition, title: title, source: source, scale: low...high, printedDecimals: decimals,
                      publishedTolerance: tolerance, surveyRespondents: respondents, groups: groups, components: components, file: path)
    }

    private static func identifier(_ node: YAMLNode) throws -> String {
        let id = try node.string()
        guard id.first?.isLetter == true, id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else {
            throw node.error(.assessmentIdentifierForm, ["id": id])
        }
        return id
    }

    private static func parseComponent(_ node: YAMLNode, catalogue: Catalogue, survey: Bool, ids: inout [String: SourceLocation]) throws -> RubricComponent {
        guard node.isMapping else { throw node.error(.loaderNotAMapping) }
        let id = try identifier(node.required("id", in: "a component"))
        let what = "component \(id)"
        try node.rejectUnknownKeys(componentFields, in: what)
        let letterNode = try node.required("letter", in: what)
        let letter = try letterNode.string()
        guard letter.count == 1, letter.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw letterNode.error(.assessmentLetterForm, ["letter": letter])
        }
        let name = try node.required("name", in: what).localizedText(in: "the name of \(what)")
        let short = try node.optional("short").map { try $0.localizedText(in: "the short name of \(what)") } ?? name
        let description = try node.optional("description").map { try $0.localizedText(in: "the description of \(what)") }
        var indicators: [RubricIndicator] = []
        for indicatorNode in try node.required("indicators", in: what).sequence() {
            guard indicatorNode.isMapping else { throw indicatorNode.error(.loaderNotAMapping) }
            try indicatorNode.rejectUnknownKeys(indicatorFields, in: "an indicator of \(what)")
            let number = try numberText(indicatorNode.required("number", in: "an indicator of \(what)"))
            let whereIndicator = "indicator \(number) of \(what)"
            let indicatorName = try indicatorNode.required("name", in: whereIndicator).localizedText(in: "the name of \(whereIndicator)")
            let dimension = try indicatorNode.optional("dimension").map(dimensionID)
            let indicatorAdvice = try indicatorNode.optional("advice").map { try $0.localizedText(in: "the advice of \(whereIndicator)") }
            var subIndicators: [RubricSubIndicator] = []
            for subNode in try indicatorNode.required("sub_indicators", in: whereIndicator).sequence() {
                guard subNode.isMapping else { throw subNode.error(.loaderNotAMapping) }
                try subNode.rejectUnknownKeys(subIndicatorFields, in: "a sub-indicator of \(whereIndicator)")
                let subNumber = try numberText(subNode.required("number", in: "a sub-indicator of \(whereIndicator)"))
                let whereSub = "sub-indicator \(subNumber) of \(whereIndicator)"
                let subName = try subNode.required("name", in: whereSub).localizedText(in: "the name of \(whereSub)")
                let subAdvice = try subNode.optional("advice").map { try $0.localizedText(in: "the advice of \(whereSub)") } ?? indicatorAdvice
                var questions: [RubricQuestion] = []
                for q in try subNode.required("questions", in: whereSub).sequence() {
                    guard q.isMapping else { throw q.error(.loaderNotAMapping) }
                    let idNode = try q.required("id", in: "a question of \(whereSub)")
                    let questionID = try idNode.string()
                    let whereQuestion = "question \(questionID)"
                    try q.rejectUnknownKeys(questionFields, in: whereQuestion)
                    let numberNode = try q.required("number", in: whereQuestion)
                    let printed = numberNode.isNull ? nil : try numberText(numberNode)
                    let expected = "\(letter)\(number)-\(printed ?? subNumber)"
                    guard questionID == expected else {
                        throw idNode.error(.assessmentQuestionIDForm, ["id": questionID, "expected": expected])
                    }
                    if let first = ids[questionID] {
                        throw idNode.error(.assessmentQuestionTwice, ["id": questionID], hint: .loaderFirstDefinedHint,
                                           hintArguments: ["location": "\(first)"])
                    }
                    ids[questionID] = idNode.location
                    var code: String?
                    if let codeNode = try q.optional("indicator") {
                        let text = try codeNode.string()
                        guard catalogue[text] != nil else {
                            throw codeNode.error(.loaderUnknownIndicator, ["code": text], hint: .loaderDidYouMeanHint,
                                                 hintArguments: ["codes": catalogue.nearestCodes(to: text).joined(separator: ", ")])
                        }
                        code = text
                    }
                    let isSurvey = try q.optional("survey")?.bool() ?? false
                    if isSurvey && !survey {
                        throw try q.required("survey", in: whereQuestion).error(.assessmentSurveyWithoutRespondents, ["id": questionID])
                    }
                    let advice = try q.optional("advice").map { try $0.localizedText(in: "the advice of \(whereQuestion)") } ?? subAdvice
                    guard let advice else { throw idNode.error(.assessmentNoAdvice, ["id": questionID]) }
                    questions.append(RubricQuestion(
                        id: questionID, number: printed, text: try q.required("text", in: whereQuestion).localizedText(in: "the text of \(whereQuestion)"),
                        source: try q.optional("source").map { try $0.localizedText(in: "the source of \(whereQuestion)") },
                        indicator: code, dimension: try q.optional("dimension").map(dimensionID) ?? dimension, survey: isSurvey, advice: advice,
                        component: id, indicatorNumber: number, indicatorName: indicatorName, subIndicatorNumber: subNumber,
                        subIndicatorName: subName, location: idNode.location))
                }
                guard !questions.isEmpty else { throw subNode.error(.assessmentNoQuestions, ["what": whereSub]) }
                subIndicators.append(RubricSubIndicator(number: subNumber, name: subName, questions: questions))
            }
            guard !subIndicators.isEmpty else { throw indicatorNode.error(.assessmentNoQuestions, ["what": whereIndicator]) }
            indicators.append(RubricIndicator(number: number, name: indicatorName, dimension: dimension, subIndicators: subIndicators))
        }
        guard !indicators.isEmpty else { throw node.error(.assessmentNoQuestions, ["what": what]) }
        return RubricComponent(id: id, letter: letter, name: name, short: short, description: description, indicators: indicators)
    }

    /// A printed number such as `1`, `3.10` or `4.1.2`: digits separated by single points. Written as text so
    /// that `3.10` is not read as 3.1.
    private static func numberText(_ node: YAMLNode) throws -> String {
        if let scalar = node.node.scalar, scalar.style == .plain, node.node.int == nil {
            // 3.10 unquoted would be the float 3.1: ask for quotes rather than guess.
            throw node.error(.assessmentNumberQuoted, ["number": scalar.string])
        }
        let text = try node.string()
        guard text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            throw node.error(.assessmentNumberForm, ["number": text])
        }
        return text
    }

    private static func dimensionID(_ node: YAMLNode) throws -> String {
        let text = try node.string()
        guard Framework.dimensionIDs.contains(text) else {
            throw node.error(.loaderUnknownDimension, ["dimension": text], hint: .loaderUseOneOfHint,
                             hintArguments: ["values": Framework.dimensionIDs.joined(separator: ", ")])
        }
        return text
    }

    private static func parseGroup(_ node: YAMLNode, components: [RubricComponent]) throws -> RubricGroup {
        guard node.isMapping else { throw node.error(.loaderNotAMapping) }
        let id = try identifier(node.required("id", in: "a group"))
        let what = "group \(id)"
        try node.rejectUnknownKeys(groupFields, in: what)
        let weightsNode = try node.required("weights", in: what)
        var given: [String: Double] = [:]
        for (keyNode, valueNode) in try weightsNode.pairs() {
            let key = try keyNode.string()
            guard components.contains(where: { $0.id == key }) else {
                throw keyNode.error(.assessmentUnknownComponent, ["id": key], hint: .loaderUseOneOfHint,
                                    hintArguments: ["values": components.map(\.id).joined(separator: ", ")])
            }
            let weight = try valueNode.double()
            guard weight > 0, weight <= 1 else { throw valueNode.error(.assessmentWeightRange, ["value": JSONValue.format(weight)]) }
            given[key] = weight
        }
        let sum = given.values.reduce(0, +)
        guard abs(sum - 1) < 1e-9 else { throw weightsNode.error(.assessmentWeightsSum, ["group": id, "sum": JSONValue.format(sum)]) }
        return RubricGroup(id: id, name: try node.required("name", in: what).localizedText(in: "the name of \(what)"),
                           description: try node.optional("description").map { try $0.localizedText(in: "the description of \(what)") },
                           weights: components.compactMap { c in given[c.id].map { (c.id, $0) } })
    }
}
