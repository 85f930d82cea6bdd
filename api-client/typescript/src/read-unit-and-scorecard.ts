// Reads a unit and its scorecard through the gateway with the generated TypeScript client, the
// way a web or mobile app would: every field it touches is typed (tsc --strict checks it).
// Usage: GATEWAY_URL=http://localhost:8080 TOKEN=… node read-unit-and-scorecard.js 665 2015-2020 2019
import { Configuration, EvaluationApi, UnitsApi } from "../../target/generated-sources/typescript";

async function main(): Promise<void> {
  const [code = "665", term = "2015-2020", year = "2019"] = process.argv.slice(2);
  const configuration = new Configuration({
    basePath: process.env.GATEWAY_URL ?? "http://localhost:8080",
    accessToken: async () => process.env.TOKEN ?? "",
  });
  const unit = await new UnitsApi(configuration).getUnit({ code });
  const name: string = unit.name;
  const level: string = unit.level;
  const scorecard = await new EvaluationApi(configuration).getScorecard({
    unit: code,
    term,
    year: Number(year),
  });
  const evaluated: number = scorecard.targets.length;
  console.log(JSON.stringify({ code: unit.code, name, level, evaluated, summary: scorecard.summary }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
