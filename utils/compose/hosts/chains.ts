import { closestFirst } from '../../platform/editor';
import type { HostAdapter } from './types';

/** An adapter's selector chains when its compose box has a hook of its own (`frame`). */
export type FramedChains = HostAdapter['chains'] & { readonly frame: readonly string[] };

/**
 * The part of an adapter that follows from its chains alone: the composer a node is in, and the
 * compose box the panel sits beside (the composer itself where the box is not found).
 */
export function fromChains(chains: FramedChains): Pick<HostAdapter, 'chains' | 'composerFor' | 'frameOf'> {
  return {
    chains,
    composerFor: (node) => closestFirst(node, chains.composer),
    frameOf: (composer) => closestFirst(composer, chains.frame) ?? composer,
  };
}
