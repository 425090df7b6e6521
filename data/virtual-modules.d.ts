declare module 'virtual:cpt-dataset' {
  const dataset: import('./schema').Dataset;
  export default dataset;
}
declare module 'virtual:cpt-rules' {
  const rules: import('./derive').RuleSet;
  export default rules;
}
declare module 'virtual:cpt-search-index' {
  const index: import('minisearch').AsPlainObject;
  export default index;
}
declare module 'virtual:cpt-codes' {
  const codes: import('./tracked-codes').CodeLists;
  export default codes;
}
declare module 'virtual:cpt-vintage' {
  const vintage: import('./schema').Vintage;
  export default vintage;
}
