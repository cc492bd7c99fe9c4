declare module 'virtual:plandrill-catalog' {
  const index: import('./catalogIndex.ts').CatalogIndex
  export default index
}
