#!/usr/bin/env python3
"""Checks a Python example program against the generated Python SDK, without the pulumi package (PyPI is
unreachable where the tests run).

Usage: check_example.py PROGRAM_DIR SDK_PYTHON_DIR

1. PROGRAM_DIR/__main__.py byte-compiles (into a scratch folder: the example stays free of __pycache__).
2. Parsed with ast, every name it takes from the SDK exists there, read from the SDK's own source with the
   helpers of check_sdk.py: each `sdk.X(...)` call names a class, each keyword argument is one the class
   takes (the component's `_internal_init`, an Args class's `__init__`), each `sdk.Enum.MEMBER` is a member,
   and each attribute read from a variable holding the component is one of its `@pulumi.getter` outputs.
3. It reports what the program gives the component, by wire path (`cluster.host`), each value as
   `enum:<wire value>`, `config:<key>`, `secret:<key>` (require_secret/get_secret), a JSON literal, or
   `expr:<source>`; and what it exports (export name, output wire name).

Prints one JSON object: {"problems": [...], "settings": {path: value}, "exports": {name: output}};
exit 0 when no problem.
"""
import ast
import json
import os
import py_compile
import shutil
import sys
import tempfile

from check_sdk import getters, keyword_args, methods

SDK_MODULE = "pulumi_tidb_dms"
COMPONENT = "TidbDmsMigration"
SKIP = {"__self__", "resource_name", "opts", "__props__"}


def sdk_facts(package_dir):
    """Per class: the keyword arguments it takes and its getters ({snake: wire}); per enum: {member: value}."""
    classes, enums = {}, {}
    for file in sorted(os.listdir(package_dir)):
        if not file.endswith(".py"):
            continue
        with open(os.path.join(package_dir, file), encoding="utf-8") as f:
            tree = ast.parse(f.read(), filename=file)
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            if "Enum" in [ast.unparse(b) for b in node.bases]:
                enums[node.name] = {n.targets[0].id: n.value.value for n in node.body if isinstance(n, ast.Assign)}
                continue
            init = methods(node, "_internal_init") or methods(node, "__init__")
            classes[node.name] = {
                "kwargs": set(keyword_args(init[0], SKIP)) if init else set(),
                "getters": getters(node),
            }
    return classes, enums


class Program(ast.NodeVisitor):
    def __init__(self, classes, enums):
        self.classes, self.enums = classes, enums
        self.alias, self.configs, self.components = None, set(), set()
        self.problems, self.settings, self.exports = [], {}, {}

    def problem(self, node, message):
        self.problems.append(f"__main__.py:{node.lineno}: {message}")

    # --- what the names are -------------------------------------------------------------------
    def sdk_class(self, call):
        f = call.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == self.alias:
            return f.attr
        return None

    def enum_member(self, node):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) \
                and isinstance(node.value.value, ast.Name) and node.value.value.id == self.alias:
            return node.value.attr, node.attr
        return None

    def value(self, node, path):
        """The normalized value of an argument; recurses into SDK Args calls, recording their settings."""
        if isinstance(node, ast.Call) and self.sdk_class(node):
            self.arguments(node, self.sdk_class(node), path + ".")
            return None
        member = self.enum_member(node)
        if member:
            enum, name = member
            if enum in self.enums and name in self.enums[enum]:
                return "enum:" + self.enums[enum][name]
            self.problem(node, f"{self.alias}.{enum}.{name} is not an enum member of the SDK")
            return "expr:" + ast.unparse(node)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id in self.configs \
                and len(node.args) == 1 and isinstance(node.args[0], ast.Constant):
            kind = {"require": "config", "get": "config", "require_secret": "secret", "get_secret": "secret"}.get(node.func.attr)
            if kind:
                return f"{kind}:{node.args[0].value}"
        try:
            return json.dumps(ast.literal_eval(node))
        except ValueError:
            return "expr:" + ast.unparse(node)

    def arguments(self, call, cls, prefix):
        facts = self.classes.get(cls)
        if facts is None:
            self.problem(call, f"{self.alias}.{cls} is not a class of the SDK")
            return
        wire_names = self.classes.get(cls + "Args", facts)["getters"] if cls == COMPONENT else facts["getters"]
        positional = call.args[1:] if cls == COMPONENT else call.args
        if positional:
            self.problem(call, f"{cls} takes its inputs as keyword arguments only")
        for keyword in call.keywords:
            if keyword.arg not in facts["kwargs"]:
                self.problem(keyword.value, f"{cls} takes no keyword argument '{keyword.arg}'")
                continue
            path = prefix + wire_names.get(keyword.arg, keyword.arg)
            value = self.value(keyword.value, path)
            if value is not None:
                self.settings[path] = value

    # --- the walk ------------------------------------------------------------------------------
    def visit_Import(self, node):
        for a in node.names:
            if a.name == SDK_MODULE:
                self.alias = a.asname or a.name

    def visit_Assign(self, node):
        if isinstance(node.value, ast.Call):
            if ast.unparse(node.value.func) == "pulumi.Config":
                self.configs.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif self.sdk_class(node.value) == COMPONENT:
                self.components.update(t.id for t in node.targets if isinstance(t, ast.Name))
                self.arguments(node.value, COMPONENT, "")
                return
        self.generic_visit(node)

    def visit_Call(self, node):
        cls = self.sdk_class(node)
        if cls is not None and cls not in self.classes and cls not in self.enums:
            self.problem(node, f"{self.alias}.{cls} is not a class of the SDK")
        if ast.unparse(node.func) == "pulumi.export" and len(node.args) == 2 and isinstance(node.args[0], ast.Constant):
            output = node.args[1]
            if isinstance(output, ast.Attribute) and isinstance(output.value, ast.Name) and output.value.id in self.components:
                wire = self.classes[COMPONENT]["getters"].get(output.attr)
                self.exports[node.args[0].value] = wire if wire else "expr:" + ast.unparse(output)
        self.generic_visit(node)

    def visit_Attribute(self, node):
        if isinstance(node.value, ast.Name) and node.value.id in self.components \
                and node.attr not in self.classes[COMPONENT]["getters"]:
            self.problem(node, f"{COMPONENT} has no output '{node.attr}'")
        member = self.enum_member(node)
        if member and (member[0] not in self.enums or member[1] not in self.enums[member[0]]):
            self.problem(node, f"{self.alias}.{member[0]}.{member[1]} is not an enum member of the SDK")
        self.generic_visit(node)


def main():
    program_dir, sdk_dir = sys.argv[1], sys.argv[2]
    program = os.path.join(program_dir, "__main__.py")
    problems = []
    scratch = tempfile.mkdtemp(prefix="example-pyc-")
    try:
        py_compile.compile(program, cfile=os.path.join(scratch, "__main__.pyc"), doraise=True)
    except py_compile.PyCompileError as e:
        problems.append(f"__main__.py does not compile: {e.msg}")
        print(json.dumps({"problems": problems, "settings": {}, "exports": {}}, indent=1))
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    classes, enums = sdk_facts(os.path.join(sdk_dir, SDK_MODULE))
    with open(program, encoding="utf-8") as f:
        tree = ast.parse(f.read(), filename="__main__.py")
    visitor = Program(classes, enums)
    for node in tree.body:  # imports first, so the alias is known wherever it is used
        if isinstance(node, ast.Import):
            visitor.visit_Import(node)
    if visitor.alias is None:
        problems.append(f"__main__.py does not import {SDK_MODULE}")
    else:
        visitor.visit(tree)
        if not visitor.components:
            problems.append(f"__main__.py creates no {COMPONENT}")
    problems += visitor.problems
    print(json.dumps({"problems": problems, "settings": visitor.settings, "exports": visitor.exports}, indent=1, sort_keys=True))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
