// Hover cards on the names a writer types that the fact base once got wrong (issue 14): North Korea's official
// name without its apostrophe gave the card of South Korea, whose "Republic of Korea" sits inside it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverOn } from './hoverTesting';
import { openUntitled } from './untitledDocuments';
import { activateAtlas, closeAllEditors } from './atlas';

const TEXT = 'The Democratic Peoples Republic of Korea wrote to the Republic of Korea; North Koreans read KCNA, the Korean Central News Agency.';

describe('hover cards on names as writers type them', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await activateAtlas();
    document = await openUntitled(TEXT, 'markdown');
  });
  after(closeAllEditors);

  it('gives North Korea\'s official name without its apostrophe North Korea\'s card, over the whole name', async () => {
    const hovered = await hoverOn(document, 'Republic of Korea wrote');
    assert.deepEqual(hovered.entityIds, ['north-korea']);
    assert.equal(document.getText(hovered.ranges[0]), 'Democratic Peoples Republic of Korea');
    assert.match(hovered.markdown[0].value, /\*\*North Korea\*\*/);
  });

  it('still gives South Korea\'s own "Republic of Korea" South Korea\'s card', async () => {
    assert.deepEqual((await hoverOn(document, 'Republic of Korea;')).entityIds, ['south-korea']);
  });

  it('knows the plural demonym and the agency written out in full', async () => {
    assert.deepEqual((await hoverOn(document, 'North Koreans')).entityIds, ['north-korea']);
    assert.deepEqual((await hoverOn(document, 'Korean Central News Agency')).entityIds, ['kcna']);
  });
});
