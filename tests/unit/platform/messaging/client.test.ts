import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError, sendParsed } from '../../../../utils/platform/messaging/client';

function answerWith(reply: unknown) {
  fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
    sendResponse(reply);
    return true;
  });
}

describe('sendParsed', () => {
  it('returns the parsed data of an ok reply', async () => {
    answerWith({ ok: true, data: { active: true, blockId: 'b1', endsAt: 1000, startedAt: 0 } });
    await expect(sendParsed('getFocusState', {})).resolves.toEqual({ active: true, blockId: 'b1', endsAt: 1000, startedAt: 0 });
  });

  it('rejects with the error of an error reply', async () => {
    answerWith({ ok: false, error: 'No handler for "getFocusState"' });
    await expect(sendParsed('getFocusState', {})).rejects.toThrow(new MessageError('getFocusState', 'No handler for "getFocusState"'));
  });

  it('rejects a reply that does not match the protocol', async () => {
    answerWith({ ok: true, data: { active: 'yes' } });
    await expect(sendParsed('getFocusState', {})).rejects.toThrow('getFocusState: reply does not match the protocol');
  });

  it('rejects a malformed reply', async () => {
    answerWith('sure');
    await expect(sendParsed('getFocusState', {})).rejects.toThrow('getFocusState: malformed reply');
  });
});
