import process from "node:process";
export const x = process.argv.length;
