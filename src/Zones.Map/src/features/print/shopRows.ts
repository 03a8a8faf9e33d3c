/** A shop as the print query selects it: its own 包联 (干部包门店), primary first. */
export interface PrintShop {
  name: string;
  address: string | null;
  owners: {ownerName: string; ownerPhone: string | null; isPrimary: boolean}[];
}

/** One line of the 门店 (门前三包) table on the sheet. */
export interface ShopRow {
  name: string;
  address: string;
  cadre: string;
  phone: string;
}

/**
 * The zone's shops as table rows, in the order the server lists them (by code): the shop's
 * 包联 cadre is its primary owner (else its first), "未落实" when nobody is assigned to it.
 */
export function shopRows(shops: readonly PrintShop[]): ShopRow[] {
  return shops.map((s) => {
    const owner = s.owners.find((o) => o.isPrimary) ?? s.owners[0];
    return {name: s.name, address: s.address ?? '', cadre: owner?.ownerName ?? '未落实', phone: owner?.ownerPhone ?? ''};
  });
}
