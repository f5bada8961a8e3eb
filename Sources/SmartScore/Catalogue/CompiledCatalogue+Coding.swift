import Foundation

/// How the catalogue's and programme catalogue's values are written to the compiled cache and read back.
/// Every stored property is written (a test compares a round trip's `dump` with the original's, so a
/// property added later and forgotten here fails it).
extension BinaryWriter {
    mutating func text(_ value: LocalizedText) {
        string(value.id)
        string(value.en)
    }

    mutating func location(_ value: SourceLocation) {
        optional(value.file) { $0.string($1) }
        optional(value.sheet) { $0.string($1) }
        optional(value.line) { $0.int($1) }
        optional(value.column) { $0.int($1) }
        optional(value.parameter) { $0.string($1.rawValue) }
        optional(value.flag) { $0.string($1) }
    }

    mutating func framework(_ value: Framework) {
        array(value.dimensions) { w, dimension in
            w.string(dimension.id)
            w.text(dimension.name)
            w.text(dimension.description)
            w.array(dimension.elements) { w, element in
                w.string(element.id)
                w.text(element.name)
                w.text(element.description)
            }
        }
        array(value.pillars) { w, pillar in
            w.string(pillar.id)
            w.text(pillar.name)
            w.text(pillar.description)
        }
    }

    mutating func indicator(_ value: Indicator) {
        string(value.code); string(value.standard); string(value.clause); string(value.theme)
        text(value.name)
        string(value.dimension); string(value.element); string(value.pillar); string(value.unit)
        string(value.polarity.rawValue); string(value.kind.rawValue)
        optional(value.goalposts) { w, g in w.double(g.worst); w.double(g.best); w.string(g.basis) }
        optional(value.validRange.min) { $0.double($1) }
        optional(value.validRange.max) { $0.double($1) }
        optional(value.nationalTarget) { w, t in
            w.double(t.value)
            w.optional(t.year) { $0.int($1) }
            w.string(t.source)
        }
        string(value.sourceConfidence)
        optional(value.source) { $0.string($1) }
        optional(value.note) { $0.string($1) }
        location(value.origin)
    }

    mutating func catalogue(_ value: Catalogue) {
        framework(value.framework)
        array(value.indicators) { $0.indicator($1) }
        array(value.files) { $0.string($1) }
        array(value.owners.owners) { w, owner in
            w.string(owner.id)
            w.string(owner.name)
            w.array(owner.indicators) { $0.string($1) }
        }
    }

    mutating func programme(_ value: Programme) {
        string(value.id)
        text(value.name)
        string(value.dimension); string(value.element)
        text(value.description)
        string(value.kind.rawValue)
        bool(value.citizenFacing)
        // A set's order is not stable between processes: written in the enum's order.
        array(Programme.RegionType.allCases.filter(value.regionTypes.contains)) { $0.string($1.rawValue) }
        array(value.effects) { w, effect in w.string(effect.indicator); w.double(effect.effect) }
        int(value.effort)
        double(value.cost.min); double(value.cost.max)
        int(value.months)
        string(value.risk.rawValue)
        array(value.risks) { w, risk in
            w.text(risk.risk)
            w.string(risk.likelihood.rawValue)
            w.string(risk.impact.rawValue)
            w.text(risk.mitigation)
        }
        string(value.owner)
        optional(value.idea) { w, idea in w.string(idea.name); w.optional(idea.url) { $0.string($1) } }
        location(value.origin)
    }

    mutating func programmes(_ value: ProgrammeCatalogue) {
        array(value.programmes) { $0.programme($1) }
        string(value.file)
    }
}

extension BinaryReader {
    mutating func text() throws -> LocalizedText {
        LocalizedText(id: try string(), en: try string())
    }

    mutating func location() throws -> SourceLocation {
        SourceLocation(file: try optional { try $0.string() }, sheet: try optional { try $0.string() },
                       line: try optional { try $0.int() }, column: try optional { try $0.int() },
                       parameter: try optional { try $0.enumeration(Parameter.self) }, flag: try optional { try $0.string() })
    }

    mutating func framework() throws -> Framework {
        let dimensions: [Framework.Dimension] = try array { r in
            Framework.Dimension(id: try r.string(), name: try r.text(), description: try r.text(),
                                elements: try r.array { r in Framework.Element(id: try r.string(), name: try r.text(), description: try r.text()) })
        }
        let pillars: [Framework.Pillar] = try array { r in
            Framework.Pillar(id: try r.string(), name: try r.text(), description: try r.text())
        }
        return Framework(dimensions: dimensions, pillars: pillars)
    }

    mutating func indicator() throws -> Indicator {
        let code = try string(), standard = try string(), clause = try string(), theme = try string()
        let name = try text()
        let dimension = try string(), element = try string(), pillar = try string(), unit = try string()
        let polarity = try enumeration(Indicator.Polarity.self), kind = try enumeration(Indicator.Kind.self)
        let goalposts: Indicator.Goalposts? = try optional { r in
            Indicator.Goalposts(worst: try r.double(), best: try r.double(), basis: try r.string())
        }
        let rangeMin: Double? = try optional { try $0.double() }
        let rangeMax: Double? = try optional { try $0.double() }
        let target: Indicator.NationalTarget? = try optional { r in
            Indicator.NationalTarget(value: try r.double(), year: try r.optional { try $0.int() }, source: try r.string())
        }
        let confidence = try string()
        let source: String? = try optional { try $0.string() }
        let note: String? = try optional { try $0.string() }
        return Indicator(code: code, standard: standard, clause: clause, theme: theme, name: name, dimension: dimension,
                         element: element, pillar: pillar, unit: unit, polarity: polarity, kind: kind, goalposts: goalposts,
                         validRange: (rangeMin, rangeMax), nationalTarget: target, sourceConfidence: confidence,
                         source: source, note: note, origin: try location())
    }

    mutating func catalogue() throws -> Catalogue {
        let framework = try framework()
        let indicators = try array { try $0.indicator() }
        let files = try array { try $0.string() }
        let owners: [IndicatorOwners.Owner] = try array { r in
            IndicatorOwners.Owner(id: try r.string(), name: try r.string(), indicators: try r.array { try $0.string() })
        }
        var catalogue = Catalogue(framework: framework, indicators: indicators, files: files)
        catalogue.owners = IndicatorOwners(owners: owners)
        return catalogue
    }

    mutating func programme() throws -> Programme {
        let id = try string(), name = try text(), dimension = try string(), element = try string()
        let description = try text(), kind = try enumeration(Programme.Kind.self), citizenFacing = try bool()
        let regionTypes = Set(try array { try $0.enumeration(Programme.RegionType.self) })
        let effects: [Programme.Effect] = try array { r in Programme.Effect(indicator: try r.string(), effect: try r.double()) }
        let effort = try int()
        let cost = (min: try double(), max: try double())
        let months = try int()
        let risk = try enumeration(Programme.Level.self)
        let risks: [Programme.Risk] = try array { r in
            Programme.Risk(risk: try r.text(), likelihood: try r.enumeration(Programme.Level.self),
                           impact: try r.enumeration(Programme.Level.self), mitigation: try r.text())
        }
        let owner = try string()
        let idea: Programme.IdeaSource? = try optional { r in
            Programme.IdeaSource(name: try r.string(), url: try r.optional { try $0.string() })
        }
        return Programme(id: id, name: name, dimension: dimension, element: element, description: description, kind: kind,
                         citizenFacing: citizenFacing, regionTypes: regionTypes, effects: effects, effort: effort, cost: cost,
                         months: months, risk: risk, risks: risks, owner: owner, idea: idea, origin: try location())
    }

    mutating func programmes() throws -> ProgrammeCatalogue {
        ProgrammeCatalogue(programmes: try array { try $0.programme() }, file: try string())
    }
}
