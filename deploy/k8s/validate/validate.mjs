// Validates Kubernetes objects (a JSON array on stdin) against the API schemas the kubernetes-models package ships
// (generated from Kubernetes' OpenAPI document). Prints {validated, skipped, errors}; objects of a group the
// package does not know (the operators' custom resources) are listed as skipped, never passed.
import { readFileSync } from "node:fs";

const objects = JSON.parse(readFileSync(0, "utf8"));
const report = { validated: [], skipped: [], errors: [] };
for (const object of objects) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const name = `${object.kind}/${object.metadata?.name}`;
  const path = group ? `kubernetes-models/${group}/${version}/${object.kind}` : `kubernetes-models/${version}/${object.kind}`;
  let model;
  try {
    model = (await import(path))[object.kind];
  } catch {
    report.skipped.push(`${object.apiVersion} ${name}`);
    continue;
  }
  try {
    new model(object).validate();
    report.validated.push(`${object.apiVersion} ${name}`);
  } catch (error) {
    report.errors.push(`${object.apiVersion} ${name}: ${error.message}`);
  }
}
console.log(JSON.stringify(report));
