import Formats
import Training

/// The table of runs: a row per run, in the order declared, with the settings that differ, when
/// every prediction became right, the final accuracy and losses, W and b. Each cell carries the
/// key the sorting script orders it by (`data-sort`): numbers as their exact value, text as is,
/// "" for a run with nothing to sort by there (after every other, whichever the direction).
struct RunTable {
    let runs: [ComparedRun]
    let text: ComparisonText
    let links: ComparisonLinks
    /// The best run, marked in its row.
    let best: Int?

    /// The table's column headers, each with the type its keys sort as.
    var columns: TemplateValue {
        let varied = text.variedKeys.compactMap { key in runs.lazy.compactMap { $0.setting(key) }.first }
        let headers =
            [("Run", "text")] + varied.map { ($0.name, isNumeric($0) ? "number" : "text") } + [
                ("All right from iteration", "number"), ("Final accuracy", "number"),
                ("MSE, last iteration", "number"), ("Cross-entropy, last iteration", "number"),
            ] + (showsParameters ? [("Final W", "text"), ("Final b", "number")] : [])
        return .list(
            headers.enumerated().map { index, header in
                [
                    "label": .string(header.0), "type": .string(header.1), "text": .bool(header.1 == "text"),
                    "index": .int(index),
                ]
            })
    }

    /// Whether the table has the final W and b: only when some run is a single neuron, whose W
    /// and b they are.
    var showsParameters: Bool { runs.contains { $0.hiddenSizes.isEmpty } }

    /// The rows, in the order declared.
    var rows: TemplateValue {
        .list(runs.indices.map { row($0) })
    }

    private func row(_ index: Int) -> TemplateValue {
        let run = runs[index]
        let summary = run.summary
        var cells: [TemplateValue] = []
        for key in text.variedKeys {
            let setting = run.setting(key)
            cells.append(cell(setting?.text ?? "—", sort: sortKey(setting), numeric: setting.map(isNumeric) ?? false))
        }
        if let diverged = summary.divergedAt {
            cells.append(
                cell(
                    "diverged at \(Display.count(diverged))", sort: "", numeric: false,
                    href: links.iteration(diverged, of: run.name)))
        } else if let allRight = summary.allRightFrom {
            cells.append(
                cell(
                    Display.count(allRight), sort: String(allRight), numeric: true,
                    href: links.iteration(allRight, of: run.name)))
        } else {
            cells.append(cell("never", sort: "", numeric: false))
        }
        if let accuracy = summary.accuracy {
            cells.append(
                cell(
                    "\(summary.finalCorrect) of \(Display.count(summary.sampleCount)) (\(Display.percent(accuracy)))",
                    sort: ShortestNumber.text(accuracy), numeric: true))
        } else {
            cells.append(cell("none (diverged)", sort: "", numeric: false))
        }
        for loss in [run.lastMSE, run.lastBCE] {
            cells.append(cell(Display.short(loss), sort: loss.isFinite ? ShortestNumber.text(loss) : "", numeric: true))
        }
        if showsParameters { cells += parameterCells(run) }
        return [
            "name": .string(run.name),
            "href": .string(links.run(run.name)),
            "best": .bool(index == best),
            "cells": .list(cells),
        ]
    }

    /// The final W and b of a single neuron; a note for a diverged run or a network.
    private func parameterCells(_ run: ComparedRun) -> [TemplateValue] {
        let summary = run.summary
        if let diverged = summary.divergedAt {
            let note = "diverged at \(Display.count(diverged))"
            return [cell(note, sort: "", numeric: false), cell(note, sort: "", numeric: false)]
        }
        if !run.hiddenSizes.isEmpty {
            // A network's output layer alone is not its W: the run's report lists every layer.
            let note = "\(run.shape) network: every layer in its report"
            return [
                cell(note, sort: "", numeric: false, href: links.run(run.name)),
                cell(note, sort: "", numeric: false, href: links.run(run.name)),
            ]
        }
        return [
            cell(Display.row(summary.finalWeights) + "ᵀ", sort: Display.row(summary.finalWeights), numeric: false),
            cell(Display.short(summary.finalBias), sort: ShortestNumber.text(summary.finalBias), numeric: true),
        ]
    }

    private func cell(_ text: String, sort: String, numeric: Bool, href: String = "") -> TemplateValue {
        [
            "text": .string(text), "sort": .string(sort), "class": .string(numeric ? "number" : "text"),
            "href": .string(href),
        ]
    }

    /// A setting's value as it sorts: the number a numeric setting holds, else its text.
    private func sortKey(_ setting: RunSetting?) -> String {
        guard let setting else { return "" }
        switch setting.json {
        case .number(let value): return ShortestNumber.text(value)
        case .integer(let value): return String(value)
        default: return setting.text
        }
    }

    private func isNumeric(_ setting: RunSetting) -> Bool {
        switch setting.json {
        case .number, .integer: true
        default: false
        }
    }
}
