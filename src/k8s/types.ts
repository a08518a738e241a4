/** Shared types of the Kubernetes manifest validator. */

/** One problem found in a fenced YAML block, located in the MDX file. */
export interface ManifestIssue {
  /** Path of the MDX file, relative to the project root (e.g. `content/questions/pod/create-pod.mdx`). */
  file: string;
  /** 1-based line in the MDX file. */
  line: number;
  /** Dotted YAML path such as `spec.containers[0].image`; '' when the issue is not about one value. */
  yamlPath: string;
  /** Human-readable message, with a suggestion where one is obvious. */
  message: string;
}

/** Input of validateYamlBlock: one fenced code block. */
export interface YamlBlock {
  /** The code inside the fence (what mdast puts in `node.value`). */
  code: string;
  /** The fence meta string after the language, e.g. `title="a.yaml" fragment="v1/Pod#spec"`. */
  meta?: string | null;
  /** File path used in issues (relative to the project root). */
  file: string;
  /** 1-based MDX line of the first code line (the line after the opening fence). */
  startLine: number;
}

/** A JSON-Schema node as stored in the generated schema (loosely typed on purpose). */
export type SchemaNode = Record<string, any>;

/** An issue before it is located in the MDX file: an instance path inside one YAML document. */
export interface RawIssue {
  path: Array<string | number>;
  message: string;
  /** Validator keyword (`additionalProperties`, `type`, `required`, `format`, …) or `yaml`. */
  keyword: string;
}
