"""The Jinja2 templates of report.py: the pages a Python user would write for the same site."""
from jinja2 import DictLoader, Environment, select_autoescape

LAYOUT = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'self'">
<title>{% block title %}{{ title }}{% endblock %}</title>
<link rel="stylesheet" href="{{ root }}assets/style.css">
</head>
<body>
<nav><a href="{{ root }}index.html">Walkthrough</a> · <a href="{{ root }}history/index.html">History</a></nav>
<main>
{% block main %}{% endblock %}
</main>
</body>
</html>
"""

INDEX = """{% extends "layout.html" %}
{% block main %}
<h1>{{ title }}</h1>
<section><h2>Summary</h2>
<table><tbody>
<tr><th>Rule</th><td>{{ settings.rule }}</td></tr>
<tr><th>Learning rate α</th><td>{{ settings.learningRate }}</td></tr>
<tr><th>Iterations</th><td>{{ "{:,}".format(settings.iterations) }}</td></tr>
<tr><th>Threshold</th><td>{{ settings.threshold }}</td></tr>
<tr><th>Outcome</th><td>{% if summary.allRightFrom %}every prediction right from iteration {{ summary.allRightFrom }}
{% else %}did not converge{% endif %}</td></tr>
<tr><th>Final W</th><td>{{ summary.finalWeights | join(", ") }}</td></tr>
<tr><th>Final b</th><td>{{ summary.finalBias }}</td></tr>
<tr><th>Accuracy</th><td>{{ summary.correct }} of {{ summary.samples }}</td></tr>
</tbody></table></section>
<section><h2>The data</h2>
<p>X is {{ n }}×{{ m }}, y is 1×{{ m }}.</p>
<table><thead><tr><th>Sample</th>{% for name in names %}<th>{{ name }}</th>{% endfor %}<th>y</th></tr></thead>
<tbody>{% for i, x, label in samples %}<tr><td>{{ i }}</td>{% for v in x %}<td>{{ v }}</td>{% endfor %}
<td>{{ label }}</td></tr>{% endfor %}</tbody></table></section>
<section><h2>The network</h2>
<img src="images/network-initial.png" width="800" height="420" alt="The network before training">
<p>W is {{ n }}×1: {{ n }} inputs, one output. Initial W = [{{ W0 | join(", ") }}], b = {{ b0 }}.</p></section>
<section><h2>Forward propagation, iteration 1</h2>
<table><thead><tr><th>Sample</th><th>z = W·x + b</th><th>s = σ(z)</th><th>ŷ</th><th>y</th></tr></thead>
<tbody>{% for row in forward %}<tr><td>{{ row.i }}</td>
<td>{% for w in W0 %}{{ w }}·{{ row.x[loop.index0] }} + {% endfor %}{{ b0 }} = {{ row.z }}</td>
<td>{{ row.s }}</td><td>{{ row.yhat }}</td><td>{{ row.y }}</td></tr>{% endfor %}</tbody></table></section>
<section><h2>Backpropagation, iteration 1</h2>
<table><thead><tr><th>Sample</th><th>e</th></tr></thead>
<tbody>{% for row in forward %}<tr><td>{{ row.i }}</td><td>{{ row.e }}</td></tr>{% endfor %}</tbody></table>
<p>dW = X·eᵀ / m = [{{ dw | join(", ") }}], db = Σe / m = {{ db }}.</p>
<p>W ← W − α·dW = [{{ w1 | join(", ") }}]; b ← b − α·db = {{ b1 }}.</p></section>
<section><h2>Training</h2>
{% for name in ["weights", "bias", "errors", "loss"] %}
<img src="images/{{ name }}.png" width="800" height="450" alt="{{ name }} over the iterations" loading="lazy">
{% endfor %}
<p>Predictions changed at iterations {{ changes | join(", ") }}.</p></section>
<section><h2>The result</h2>
<p>Final W = [{{ summary.finalWeights | join(", ") }}], b = {{ summary.finalBias }}.</p>
<table><thead><tr><th>Sample</th><th>z</th><th>ŷ</th><th>y</th></tr></thead>
<tbody>{% for row in result %}<tr><td>{{ row.i }}</td><td>{{ row.z }}</td><td>{{ row.yhat }}</td>
<td>{{ row.y }}</td></tr>{% endfor %}</tbody></table>
{% if has_boundary %}<img src="images/boundary.png" width="800" height="480" alt="Decision boundary">{% endif %}
<img src="images/network-final.png" width="800" height="420" alt="The network after training"></section>
<section><h2>About the update rule</h2>
<p>With the {{ other.rule }} rule on the same data:
{% if other.allRightFrom %}every prediction right from iteration {{ other.allRightFrom }}{% else %}not every prediction right{% endif %},
final W = [{{ other.finalWeights | join(", ") }}], b = {{ other.finalBias }},
{{ other.correct }} of {{ other.samples }} right.</p></section>
<section><h2>History and downloads</h2>
<p><a href="history/index.html">{{ pages }} history pages</a> ·
<a href="data/history.csv">history.csv</a> · <a href="data/history.json">history.json</a></p></section>
{% endblock %}
"""

PAGE = """{% extends "layout.html" %}
{% block title %}Iterations {{ "{:,}".format(first) }}–{{ "{:,}".format(last) }} · {{ title }}{% endblock %}
{% block main %}
<h1>Training history: iterations {{ first }} to {{ last }}</h1>
<nav class="pager"><a href="index.html">All pages</a>
{% if page > 1 %}<a href="page-{{ "%04d" % (page - 1) }}.html" rel="prev">← Previous</a>{% endif %}
<span aria-current="page">{{ page }}</span>
{% if page < pages %}<a href="page-{{ "%04d" % (page + 1) }}.html" rel="next">Next →</a>{% endif %}</nav>
<table class="history">
<caption>Iterations {{ "{:,}".format(first) }} to {{ "{:,}".format(last) }}.</caption>
<thead><tr><th>Iteration</th><th>ŷ per sample</th><th>Misclassified</th><th>MSE</th><th>Cross-entropy</th>
{% for name in names %}<th>dW for {{ name }}</th>{% endfor %}<th>db</th>
{% for name in names %}<th>w for {{ name }}</th>{% endfor %}<th>b</th><th>Forward pass</th></tr></thead>
<tbody>
{% for row in rows %}<tr id="it-{{ row.k }}"{% if row.changed %} class="changed"{% endif %}><td>{{ row.k }}</td>\
<td>{{ row.yhat }}</td><td>{{ row.errors }}</td><td>{{ row.mse }}</td><td>{{ row.bce }}</td>\
{% for v in row.dw %}<td>{{ v }}</td>{% endfor %}<td>{{ row.db }}</td>{% for v in row.w %}<td>{{ v }}</td>{% endfor %}\
<td>{{ row.b }}</td><td><details><summary>z, s, e</summary><table><thead><tr><th>Sample</th><th>z</th><th>s</th>\
<th>e</th></tr></thead><tbody>{% for i, z, s, e in row.samples %}<tr><td>{{ i }}</td><td>{{ z }}</td><td>{{ s }}</td>\
<td>{{ e }}</td></tr>{% endfor %}</tbody></table></details></td></tr>
{% endfor %}</tbody></table>
{% endblock %}
"""

HISTORY = """{% extends "layout.html" %}
{% block title %}Training history · {{ title }}{% endblock %}
{% block main %}
<h1>Training history</h1>
<p>The run has {{ "{:,}".format(total) }} iterations on {{ pages | length }} pages.</p>
<table><thead><tr><th>Page</th><th>Iterations</th><th>Misclassified</th><th>What happened</th></tr></thead>
<tbody>{% for p in pages %}<tr><td><a href="page-{{ "%04d" % p.page }}.html">{{ p.page }}</a></td>
<td>{{ "{:,}".format(p.first) }}–{{ "{:,}".format(p.last) }}</td><td>{{ p["from"] }} → {{ p.to }}</td>
<td>{% if p.changed %}predictions changed in {{ p.changed }} iterations{% else %}no prediction changed{% endif %}
</td></tr>{% endfor %}</tbody></table>
{% endblock %}
"""

NOT_FOUND = """{% extends "layout.html" %}
{% block main %}<h1>Page not found</h1><p><a href="index.html">Back to the walkthrough</a></p>{% endblock %}
"""

STYLE = """body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
table { border-collapse: collapse; } td, th { padding: 0.2rem 0.5rem; text-align: right; }
tr.changed { background: #fff6d6; } img { max-width: 100%; height: auto; }
"""


def environment():
    """A Jinja2 environment with every template of the site, HTML-escaped."""
    loader = DictLoader({"layout.html": LAYOUT, "index.html": INDEX, "page.html": PAGE, "history.html": HISTORY,
                         "404.html": NOT_FOUND, "style.css": STYLE})
    return Environment(loader=loader, autoescape=select_autoescape(["html"]))
