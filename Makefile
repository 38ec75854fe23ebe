# outagewatch — the two set-up commands are `make demo` and `make test`.
# Needs only Python >= 3.11 and make: uv (pinned) is bootstrapped into .uv/, the locked
# environment (uv.lock) into .venv/.

PYTHON ?= python3
UV_VERSION := 0.13.8
UV := .uv/bin/uv
VENV := .venv
BIN := $(VENV)/bin
export UV_PYTHON_DOWNLOADS := never

.PHONY: help install demo test test-fast bench browser lint clean

help:
	@echo "make demo    - set up, build the demo database from the bundled sample world, open the dashboard"
	@echo "make test    - set up and run the whole test suite"
	@echo "make bench   - speed and memory benchmarks (figures go to docs/benchmarks.md)"
	@echo "make browser - install Debian's chromium for the browser tests (root only)"

$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/python -m pip install --quiet --upgrade pip
	.uv/bin/python -m pip install --quiet uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

install: $(VENV)/.synced

demo: install
	$(BIN)/outagewatch --db demo.db demo

test: install
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not browser and not slow"

bench: install
	$(BIN)/python -m benchmarks.run_all

# Browser tests drive Debian's chromium (never a downloaded browser); skipped when absent.
browser:
	@if [ -x /usr/bin/chromium ]; then echo "chromium present: /usr/bin/chromium"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && echo "installed chromium"; \
	else echo "cannot install chromium here (needs root and apt-get): browser tests will be skipped"; fi

clean:
	rm -rf $(VENV) .uv .pytest_cache demo.db demo.db-wal demo.db-shm
