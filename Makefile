# The two commands a new user needs (see README): `make run` and `make test`.
# Both create the local virtualenv .venv on first use and install everything into it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# The packaged app (packaging/README.md): one folder with the GUI and the `sizing` CLI, rebuilt when a source changes.
BUNDLE         := dist/gpu-sizer
BUNDLE_SOURCES := pyproject.toml $(shell find core gui resources packaging -type f ! -path '*/__pycache__/*' \
                    ! -name '*.pyc' ! -name '*.md' 2>/dev/null)

.PHONY: run test check static bench dist install-desktop uninstall-desktop clean

run: $(STAMP)
	$(BIN)/gpu-sizer $(ARGS)

# Everything CI runs: static checks, the bundle, then every test including the frozen app's.
test: static
	@$(MAKE) --no-print-directory dist    # tests/packaging runs the built app
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The fast edit loop: the same static checks and every test but the packaging ones (no bundle build).
check: static
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --ignore=tests/packaging

static: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy core gui bench
	$(BIN)/lint-imports

# Installs the exact versions in constraints.txt (what CI and the packaged app are built from); pyproject.toml holds
# the ranges. PyPI only.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

dist: $(BUNDLE)/gpu-sizer

$(BUNDLE)/gpu-sizer: $(STAMP) $(BUNDLE_SOURCES)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/gpu-sizer.spec
	touch $@
	@du -sh $(BUNDLE)

install-desktop: dist
	$(BIN)/python packaging/install_desktop.py --bundle $(BUNDLE)

uninstall-desktop:
	$(PYTHON) packaging/install_desktop.py --uninstall

bench: $(STAMP)
	$(BIN)/python -m bench.accuracy
	$(BIN)/python -m bench.serving_accuracy
	$(BIN)/python -m bench.cnn_speed --markdown
	$(BIN)/python -m bench.sweep_speed
	$(BIN)/python -m bench.fit_speed

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
