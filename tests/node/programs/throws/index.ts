// A program that prints, then fails on its own, before it registers anything.
console.log("checking the migration's settings");
throw new Error("the migration window is closed");
