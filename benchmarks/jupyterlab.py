"""Drive the Explorer in a real JupyterLab from headless Chromium (browser tests and ``make bench``).

:class:`Lab` starts this environment's JupyterLab (offline, on localhost, a throw-away
configuration) serving one notebook; :func:`open_notebook` opens it in a Chromium page (every
request that is not to the local server is aborted and recorded), runs all cells and waits for
the Explorer's drawing; :func:`timed_change` performs one control change in the page and
returns the milliseconds from the click (or key press) to the drawing of the new view, measured
by the page's own clock (``performance.now()``): the widget's drawing sets ``data-view-seq``
and ``data-drawn-at`` after the first frame that shows a new view.

    from benchmarks.jupyterlab import Lab, open_notebook, timed_change

Chromium is Debian's ``/usr/bin/chromium`` launched by playwright (never ``playwright install``).
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

#: the checkout this file belongs to: its orgnet is the one the notebooks import
ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

#: the drawing of the Explorer in the page
VIEW = ".orgnet-live .live-network"
#: whether the Explorer's controls are on the page (they come after the first drawing): its
#: three checklists (kinds, relations, documents) are
CONTROLS = "() => document.querySelectorAll('.orgnet-explorer .orgnet-checklist').length >= 3"
#: whether the drawing has stopped moving: its place on the page, its view and scale the same
#: for 600 ms (the controls arriving after the first drawing move it and its view is fitted again)
SETTLED = """() => {
    const el = document.querySelector('.orgnet-live .live-network'), net = el && el.orgnet && el.orgnet.network;
    if (!net) { return false; }
    const r = el.getBoundingClientRect(), v = net.getViewPosition();
    const now = performance.now(), key = [r.x, r.y, r.width, r.height, v.x, v.y, net.getScale()]
        .map(x => Math.round(x * 10) / 10).join();
    const w = window.orgnetSettle || (window.orgnetSettle = {key: '', since: now});
    if (w.key !== key) { w.key = key; w.since = now; return false; }
    return now - w.since > 600;
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A JupyterLab server on localhost serving `folder/explorer.ipynb`, one code cell `code`.

    Use as a context manager; ``url`` opens the notebook, ``base`` is the server, ``log`` its
    output file.
    """

    def __init__(self, folder: str | os.PathLike, code: str, python: str = sys.executable) -> None:
        self.folder = Path(folder)
        self.code = code
        self.python = python
        self.server: subprocess.Popen | None = None
        self.url = self.base = ""
        self.log = self.folder / "server.log"

    def __enter__(self) -> "Lab":
        import nbformat
        from ipykernel.kernelspec import install

        kernels = self.folder / "kernels"
        install(prefix=str(kernels), kernel_name="orgnet-lab", display_name="orgnet (this venv)")
        work = self.folder / "lab"
        work.mkdir(parents=True, exist_ok=True)
        nb = nbformat.v4.new_notebook(
            cells=[nbformat.v4.new_code_cell(self.code)],
            metadata={"kernelspec": {"name": "orgnet-lab", "display_name": "orgnet (this venv)", "language": "python"}},
        )
        self.notebook = work / "explorer.ipynb"
        nbformat.write(nb, str(self.notebook))
        self.kernels = kernels / "share" / "jupyter"
        port, token = _free_port(), secrets.token_hex(16)
        # the kernel imports the orgnet of this checkout (an installed one elsewhere, or a relative
        # PYTHONPATH, would otherwise be measured instead)
        path = os.pathsep.join([str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
        env = dict(
            os.environ,
            PYTHONPATH=path,
            JUPYTER_PATH=str(kernels / "share" / "jupyter"),
            JUPYTER_CONFIG_DIR=str(self.folder / "config"),
            JUPYTER_RUNTIME_DIR=str(self.folder / "runtime"),
            JUPYTERLAB_SETTINGS_DIR=str(self.folder / "settings"),
            JUPYTERLAB_WORKSPACES_DIR=str(self.folder / "workspaces"),
            IPYTHONDIR=str(self.folder / "ipython"),
        )
        jupyter = Path(self.python).with_name("jupyter")
        with open(self.log, "w") as out:
            self.server = subprocess.Popen(
                [
                    str(jupyter),
                    "lab",
                    "--no-browser",
                    "--ip=127.0.0.1",
                    f"--port={port}",
                    f"--ServerApp.token={token}",
                    f"--ServerApp.root_dir={work}",
                    "--ServerApp.allow_root=True",
                    "--LabApp.news_url=None",
                    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                    "--LabApp.expose_app_in_browser=True",
                ],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.base = f"http://127.0.0.1:{port}"
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{self.base}/api/status?token={token}", timeout=1)
                break
            except OSError:
                if self.server.poll() is not None:
                    raise RuntimeError(f"jupyter lab exited:\n{self.log.read_text()[-3000:]}")
                time.sleep(0.25)
        else:
            self.__exit__()
            raise RuntimeError(f"jupyter lab did not answer in 60 s:\n{self.log.read_text()[-3000:]}")
        self.url = f"{self.base}/lab/tree/explorer.ipynb?token={token}"
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.server is None:
            return
        self.server.terminate()
        try:
            self.server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait(timeout=10)
        self.server = None


def launch(playwright: Any) -> Any:
    """Debian's Chromium, headless, through playwright."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def run_saved(lab: Lab, timeout: float = 600) -> None:
    """Run the lab's notebook with nbclient (as ``make demo`` or a teacher does) and save it with
    its outputs and widget state, for opening without a kernel."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(lab.notebook), as_version=4)
    saved = os.environ.get("JUPYTER_PATH")
    os.environ["JUPYTER_PATH"] = str(lab.kernels)
    try:
        NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="orgnet-lab",
            store_widget_state=True,
            resources={"metadata": {"path": str(lab.notebook.parent)}},
        ).execute()
    finally:
        if saved is None:
            os.environ.pop("JUPYTER_PATH", None)
        else:
            os.environ["JUPYTER_PATH"] = saved
    nbformat.write(nb, str(lab.notebook))


def open_notebook(browser: Any, lab: Lab, viewport: tuple[int, int] = (1280, 800), timeout: float = 180) -> Any:
    """Open the lab's notebook, run it, and wait until the Explorer has drawn its first view.

    Returns the page; ``page.orgnet_elsewhere`` lists the requests that were not to the local
    server (aborted), ``page.orgnet_first_ms`` the milliseconds from running the cell to the
    first drawn view, ``page.orgnet_first_phases`` where they went (:func:`first_phases`),
    ``page.orgnet_controls_ms`` the milliseconds until the controls are on the page too.
    """
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    elsewhere: list[str] = []
    local = (f"{lab.base}/", lab.base.replace("http:", "ws:") + "/", "data:", "blob:", "about:")

    def route(r: Any) -> None:
        if r.request.url.startswith(local):
            r.continue_()
        else:
            elsewhere.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    console: list[str] = []
    page.orgnet_console = console
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
    page.on("websocket", lambda ws: None if ws.url.startswith(local) else elsewhere.append(ws.url))
    page.goto(lab.url)
    page.wait_for_function(
        """() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
        const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
        return k && k.status === 'idle'; }""",
        timeout=timeout * 1000,
    )
    # the kernel's messages as the page receives them: the first widget opened, the cell's result
    page.evaluate("""() => { const k = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
        window.orgnetKernelMarks = {};
        k.anyMessage.connect((_, a) => { const t = a.msg.header.msg_type, m = window.orgnetKernelMarks;
            if (a.direction === 'recv' && (t === 'comm_open' || t === 'execute_result') && m[t] === undefined) {
                m[t] = performance.now(); } }); }""")
    started = page.evaluate("() => performance.now()")
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    try:
        page.wait_for_selector(f"{VIEW}[data-view-seq]", state="attached", timeout=timeout * 1000)
    except Exception as exc:
        raise RuntimeError(f"the Explorer drew nothing in {timeout} s; the page said: {console[-12:]}") from exc
    page.orgnet_first_ms = float(page.locator(VIEW).first.get_attribute("data-drawn-at") or 0) - started
    page.orgnet_first_phases = first_phases(page, started)
    # the controls come after the first drawing (the kernel makes them when the drawing says it drew)
    page.wait_for_function(CONTROLS, timeout=timeout * 1000)
    page.orgnet_controls_ms = page.evaluate("() => performance.now()") - started
    # a click is meant for what it points at: wait until the drawing stops moving (not timed)
    page.wait_for_function(SETTLED, polling=100, timeout=timeout * 1000)
    page.orgnet_elsewhere = elsewhere
    no = page.get_by_role("button", name="No", exact=True)  # JupyterLab's news question, in the way of pictures
    if no.count():
        no.first.click()
    return page


#: the phases of a first display, each from the end of the one before (the page's clock): the
#: kernel's marks (``window.orgnetKernelMarks``, set by open_notebook) and the widget's
#: (``canvas.orgnet.marks``, set by live.js.j2 as it draws its first view)
PHASES = (
    (
        "kernel",
        "comm_open",
        "running the cell to the first widget's message (imports, tables, graph, layout, page data, widgets)",
    ),
    ("widgets", "execute_result", "the widgets' messages, the network's data with them"),
    ("to render", "render", "the front end creating the widgets' views, up to the drawing's"),
    ("library", "library", "evaluating vis-network (once per page)"),
    ("parse", "parsed", "JSON.parse of the network's data"),
    ("data in", "network", "the drawing made and given every node and link"),
    ("view", "applied", "the first view applied and framed"),
    ("first frame", "drawn", "up to the end of the first frame that shows it (at most 400 nodes of it)"),
    ("rest", "complete", "the rest of the network added, the view applied again and drawn (none: drawn whole)"),
)


def first_phases(page: Any, started: float) -> dict:
    """Milliseconds of each of :data:`PHASES` of the first display that began at `started`
    (the page's clock); a phase whose mark is missing is left out."""
    marks = page.evaluate(
        """([sel]) => Object.assign({}, window.orgnetKernelMarks || {},
        (document.querySelector(sel).orgnet || {}).marks || {})""",
        [VIEW],
    )
    out, before = {}, started
    for name, mark, _ in PHASES:
        if mark in marks:
            out[name] = round(marks[mark] - before, 1)
            before = marks[mark]
    return out


#: performs an action given as a JavaScript function body (``act``) and waits for the drawing of
#: the next view; returns {ms, seq, loads}
_TIMED = (
    """async ([act, timeoutMs]) => {
  const view = document.querySelector('%s');
  const before = Number(view.getAttribute('data-view-seq'));
  const t0 = performance.now();
  (new Function(act))();
  while (Number(view.getAttribute('data-view-seq')) === before) {
    if (performance.now() - t0 > timeoutMs) { return {ms: null, seq: before, loads: globalThis.orgnetLiveLoads}; }
    await new Promise(r => requestAnimationFrame(r));
  }
  return {ms: Number(view.getAttribute('data-drawn-at')) - t0, seq: Number(view.getAttribute('data-view-seq')),
          loads: globalThis.orgnetLiveLoads};
}"""
    % VIEW
)


def timed_change(page: Any, act: str, timeout_ms: float = 30_000) -> dict:
    """Run `act` (JavaScript statements that change one control in the page) and return
    ``{"ms": click to drawn, "seq": the view drawn, "loads": vis-network evaluations so far}``
    (``ms`` None when no new view was drawn within `timeout_ms`)."""
    return page.evaluate(_TIMED, [act, timeout_ms])


def click_checkbox(title: str, label: str) -> str:
    """JavaScript that clicks the checkbox `label` of the Explorer's checklist `title`."""
    return (
        "const lists = [...document.querySelectorAll('.orgnet-checklist')];"
        f"const list = lists.find(l => l.querySelector('.cl-title').textContent === {title!r});"
        "const item = [...list.querySelectorAll('.cl-item')].find("
        f"i => i.querySelector('.cl-label').textContent === {label!r});"
        "item.querySelector('input').click();"
    )


def type_into(placeholder: str, text: str) -> str:
    """JavaScript that types `text` into the ipywidgets text box with this placeholder and
    presses Enter (the widgets send on Enter or blur: continuous_update is off)."""
    return (
        f"const box = document.querySelector(\"input[placeholder='{placeholder}']\");"
        f"box.value = {text!r}; box.dispatchEvent(new Event('input', {{bubbles: true}}));"
        "box.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', keyCode: 13, bubbles: true}));"
        "box.dispatchEvent(new Event('change', {bubbles: true}));"
    )


def click_text_checkbox(description: str) -> str:
    """JavaScript that clicks the ipywidgets checkbox with this description."""
    return (
        "const cb = [...document.querySelectorAll('.widget-checkbox .widget-label-basic')].find("
        f"c => c.textContent.trim() === {description!r}); cb.querySelector('input').click();"
    )


def click_button(text: str) -> str:
    """JavaScript that clicks the ipywidgets button with this text."""
    return (
        "const b = [...document.querySelectorAll('button.jupyter-button')].find("
        f"b => b.textContent.trim() === {text!r}); b.click();"
    )
