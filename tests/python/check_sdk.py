#!/usr/bin/env python3
"""Checks the generated Python SDK without the pulumi package (PyPI is unreachable where the tests run).

Usage: check_sdk.py SDK_PYTHON_DIR SCHEMA_JSON

1. Every .py file byte-compiles (py_compile).
2. Parsed with ast, the package declares what the schema says, with Python's names derived here
   independently of the generator: per resource an Args class and a resource class whose __init__
   overload and _internal_init take exactly the inputs as snake_case keyword arguments, whose
   @pulumi.getter properties are the outputs (name= the wire name when it differs), and which carry
   @pulumi.type_token(<token>) and remote=True for a component; per object type an XArgs input class
   (keyword arguments and getters = its properties, required ones without a default) and an XArgsDict
   TypedDict (its keys, NotRequired exactly for the optional ones); per enum a str Enum with
   @pulumi.type_token and UPPER_SNAKE members holding the wire values.

Prints one JSON object: {"compiled": [...], "problems": [...], "checked": {...}}; exit 0 when no problem.
"""
import ast
import json
import os
import py_compile
import re
import sys
import tempfile


def snake(name):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    return s.replace("-", "_").lower()


def member(token):
    name = token.split(":")[2]
    return name[0].upper() + name[1:]


def decorator_calls(node):
    calls = {}
    for d in node.decorator_list:
        if isinstance(d, ast.Call):
            calls[ast.unparse(d.func)] = d
        else:
            calls[ast.unparse(d)] = None
    return calls


def keyword_args(fn, skip):
    args = fn.args
    names = [a.arg for a in args.args + args.kwonlyargs]
    return [n for n in names if n not in skip]


def required_kwonly(fn):
    # keyword-only arguments without a default are the required ones
    return [a.arg for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults) if d is None]


def getters(cls):
    found = {}
    for node in cls.body:
        if isinstance(node, ast.FunctionDef):
            calls = decorator_calls(node)
            if "pulumi.getter" in calls:
                call = calls["pulumi.getter"]
                wire = node.name
                if call is not None:
                    wire = next(k.value.value for k in call.keywords if k.arg == "name")
                found[node.name] = wire
    return found


def methods(cls, name):
    return [n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == name]


def main():
    sdk_dir, schema_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    problems, compiled = [], []
    module = schema["language"]["python"]["packageName"]
    package_dir = os.path.join(sdk_dir, module)

    # Byte-compile into a scratch folder: the SDK folder stays free of __pycache__.
    scratch = tempfile.mkdtemp(prefix="sdk-pyc-")
    for root, _, files in os.walk(sdk_dir):
        for file in sorted(files):
            if file.endswith(".py"):
                path = os.path.join(root, file)
                try:
                    py_compile.compile(path, cfile=os.path.join(scratch, os.path.relpath(path, sdk_dir) + "c"), doraise=True)
                    compiled.append(os.path.relpath(path, sdk_dir))
                except py_compile.PyCompileError as e:
                    problems.append(f"{os.path.relpath(path, sdk_dir)} does not compile: {e.msg}")

    classes = {}
    for file in os.listdir(package_dir):
        if file.endswith(".py"):
            with open(os.path.join(package_dir, file), encoding="utf-8") as f:
                tree = ast.parse(f.read(), filename=file)
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    classes[node.name] = (file, node)

    def expect(cond, message):
        if not cond:
            problems.append(message)

    def cls(name):
        found = classes.get(name)
        expect(found is not None, f"class {name} is missing")
        return found[1] if found else None

    def check_input_class(name, properties, required):
        c = cls(name)
        if c is None:
            return
        expect("pulumi.input_type" in decorator_calls(c), f"{name} is not a @pulumi.input_type")
        init = methods(c, "__init__")
        expected = sorted(snake(p) for p in properties)
        if init:
            expect(sorted(keyword_args(init[0], {"__self__"})) == expected,
                   f"{name}.__init__ takes {sorted(keyword_args(init[0], {'__self__'}))}, expected {expected}")
            expect(sorted(required_kwonly(init[0])) == sorted(snake(p) for p in required),
                   f"{name}.__init__ requires {sorted(required_kwonly(init[0]))}, expected {sorted(snake(p) for p in required)}")
        else:
            problems.append(f"{name} has no __init__")
        expect(getters(c) == {snake(p): p for p in properties},
               f"{name} getters {getters(c)} differ from {{snake: wire}} of {sorted(properties)}")

    def check_dict(name, properties, required):
        c = cls(name)
        if c is None:
            return
        expect([ast.unparse(b) for b in c.bases] == ["TypedDict"], f"{name} is not a TypedDict")
        keys = {n.target.id: ast.unparse(n.annotation) for n in c.body if isinstance(n, ast.AnnAssign)}
        expect(sorted(keys) == sorted(snake(p) for p in properties), f"{name} keys {sorted(keys)} differ from the schema's")
        for p in properties:
            annotation = keys.get(snake(p), "")
            expect(annotation.startswith("NotRequired[") == (p not in required),
                   f"{name}.{snake(p)} is {annotation}: NotRequired must mark exactly the optional properties")

    checked = {"resources": 0, "types": 0, "enums": 0}
    for token, resource in schema.get("resources", {}).items():
        name = member(token)
        inputs = resource.get("inputProperties", {})
        outputs = resource.get("properties", {})
        check_input_class(name + "Args", inputs, resource.get("requiredInputs", []))
        c = cls(name)
        if c is not None:
            calls = decorator_calls(c)
            expect("pulumi.type_token" in calls and calls["pulumi.type_token"].args[0].value == token,
                   f"{name} lacks @pulumi.type_token({token!r})")
            expected = sorted(snake(p) for p in inputs)
            skip = {"__self__", "resource_name", "opts", "__props__"}
            for fn in methods(c, "_internal_init") + methods(c, "__init__")[:1]:
                expect(sorted(keyword_args(fn, skip)) == expected,
                       f"{name}.{fn.name} takes {sorted(keyword_args(fn, skip))}, expected {expected}")
            expect(getters(c) == {snake(p): p for p in outputs},
                   f"{name} output getters {getters(c)} differ from the schema's outputs")
            source = ast.unparse(c)
            if resource.get("isComponent"):
                expect("remote=True" in source, f"{name} does not register remote=True")
            for p in resource.get("requiredInputs", []):
                expect(f"Missing required property '{p}'" in source, f"{name} does not check required input {p}")
        checked["resources"] += 1

    for token, spec in schema.get("types", {}).items():
        name = member(token)
        if "enum" in spec:
            c = cls(name)
            if c is not None:
                calls = decorator_calls(c)
                expect([ast.unparse(b) for b in c.bases] == ["_builtins.str", "Enum"], f"{name} is not a str Enum")
                expect("pulumi.type_token" in calls and calls["pulumi.type_token"].args[0].value == token,
                       f"{name} lacks @pulumi.type_token({token!r})")
                members = {n.targets[0].id: n.value.value for n in c.body if isinstance(n, ast.Assign)}
                wanted = {snake(v["name"]).upper(): v["value"] for v in spec["enum"]}
                expect(members == wanted, f"{name} members {members} differ from {wanted}")
            checked["enums"] += 1
        else:
            properties = spec.get("properties", {})
            required = spec.get("required", [])
            check_input_class(name + "Args", properties, required)
            check_dict(name + "ArgsDict", properties, required)
            checked["types"] += 1

    print(json.dumps({"compiled": sorted(compiled), "problems": problems, "checked": checked}, indent=1))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
