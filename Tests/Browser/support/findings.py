"""Readable failure messages: which page, which check, what was found."""


def findings(subject, check, found, limit=25):
    """A failure message that names the page and the check and lists what was found."""
    lines = [f"{subject}: {check}: {len(found)} found"]
    lines.extend(f"  - {item}" for item in found[:limit])
    if len(found) > limit:
        lines.append(f"  ... and {len(found) - limit} more")
    return "\n".join(lines)
