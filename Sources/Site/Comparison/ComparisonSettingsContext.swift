import Formats

/// The values of compare/settings.html: every run's settings in one table, each value that
/// differs from the settings the runs share marked, so any two runs can be compared row by row.
struct ComparisonSettingsContext {
    let input: ComparisonInput
    let links: ComparisonLinks

    var value: TemplateValue {
        // The shared settings' columns first, then those only some runs show (a network's seed).
        let sharedKeys = input.shared.map(\.key)
        let keys = sharedKeys + ComparedRun.settingKeys(input.runs).filter { !sharedKeys.contains($0) }
        let extra = keys.dropFirst(sharedKeys.count).compactMap { key in
            input.runs.lazy.compactMap { $0.setting(key) }.first
        }
        let shared = Dictionary(input.shared.map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
        let rows = input.runs.map { run -> TemplateValue in
            let cells = keys.map { key -> TemplateValue in
                let text = run.setting(key)?.text ?? "—"
                return ["text": .string(text), "differs": .bool(text != shared[key])]
            }
            return ["name": .string(run.name), "href": .string(links.run(run.name)), "cells": .list(cells)]
        }
        let changed = input.runs.filter { run in keys.contains { run.setting($0)?.text != shared[$0] } }.count
        return [
            "intro": .string(
                "Every setting of every run, beside the settings they share (the first row: the config file's "
                    + "top level and the flags). A highlighted value is one a run has of its own; "
                    + "\(Display.count(changed)) of the \(Display.count(input.runs.count, "run")) have one or more. "
                    + "To compare two runs, read their rows."),
            "caption": .string("The settings of each run; highlighted where a run differs from the shared settings"),
            "columns": .list((input.shared + extra).map { ["name": .string($0.name)] }),
            "shared": .list(input.shared.map { ["text": .string($0.text)] } + extra.map { _ in ["text": "—"] }),
            "rows": .list(rows),
        ]
    }
}
