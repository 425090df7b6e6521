/** Moved to components/tab-checks/edit-file-check.ts; kept only for tests/unit/cms/ (another branch) until it imports the new home. */
export { CHECK_MEASURE, checkWithEditFiles } from '../tab-checks/edit-file-check';
